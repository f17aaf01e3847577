"""Spec-first API toolkit: OpenAPI -> Pydantic v2 models, typed httpx clients, Starlette servers."""

from .diagnostics import Diagnostic, GenerationError, Level
from .pipeline import Job, Result, check, generate, validate

__all__ = ["Diagnostic", "GenerationError", "Job", "Level", "Result", "check", "generate", "validate"]
__version__ = "0.1.0"
