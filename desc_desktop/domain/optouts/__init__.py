"""Connexions opt-outs: every pupil's status on any date, and the rules for recording a
reply. Pure rules (no Qt, no database), used by the services, the screens and the exports.

- status.py: the five statuses, checked in order, with their labels and colours;
- rules.py: who may opt out (or withdraw), the date received, and whether it is late.
"""
