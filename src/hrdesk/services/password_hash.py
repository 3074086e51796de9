"""Passwords as argon2 hashes: one hasher's settings for every account, and one check."""


def hasher():
    from argon2 import PasswordHasher

    return PasswordHasher()


def matches(password_hash: str, password: str) -> bool:
    """Whether PASSWORD is the one PASSWORD_HASH was made from (a malformed hash never is)."""
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return hasher().verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False
