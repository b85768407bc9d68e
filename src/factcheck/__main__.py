"""Entry point of the `factcheck` console script and of `python -m factcheck`."""
from __future__ import annotations


def main() -> None:
    from .cli import app

    app()


if __name__ == "__main__":
    main()
