"""Keys: the register's random key, wrapped under each staff password and the recovery key.

keys.py is the cryptography (Argon2id, AES-GCM, nothing home-made); keyring.py is the small
file beside the register that holds the wrapped keys, readable before the register opens.
"""
