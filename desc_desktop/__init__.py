"""DESC Desktop: a school's pupil register and its data-protection promises."""

__version__ = "0.1.0"
APP_NAME = "DESC Desktop"
