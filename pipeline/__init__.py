"""factrack: every figure in the news, with its context, validated and exported as tidy tables."""

__version__ = "0.1.0"
