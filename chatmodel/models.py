"""Loading the configured chat model, and counting the tokens its calls use."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from langchain_core.callbacks import BaseCallbackHandler
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import LLMResult
from langchain_core.prompts import ChatPromptTemplate

DEFAULT_TIMEOUT_SECONDS = 8.0
# The usual rule of thumb for English and Indonesian with BPE tokenizers; only used when the
# provider does not report usage.
CHARS_PER_TOKEN = 4
PROVIDER_EXTRAS: dict[str, str] = {"openai": "openai", "ollama": "ollama"}


class LLMConfigError(RuntimeError):
    """The configured chat model cannot be loaded (unknown provider, missing package)."""


# --------------------------------------------------------------------------------------------
# Loading a model


def load_chat_model(spec: str | None, **kwargs: Any) -> BaseChatModel | None:
    """The chat model named by a ``provider:model`` spec, or None when no model is configured.

    Args:
        spec: ``"openai:gpt-4o-mini"``, ``"ollama:qwen2.5"`` (everything after the first colon
            is the model name, so ``"ollama:qwen2.5:7b"`` works). A spec without a colon lets
            LangChain infer the provider from the model name. None or blank: no model.
        **kwargs: Passed to `init_chat_model` (e.g. ``temperature``, ``base_url``).

    Returns:
        The model, or None if `spec` is empty.

    Raises:
        LLMConfigError: The provider is unknown, its LangChain package is not installed (the
            message names the pip extra), or the provider refused the configuration.
    """
    if spec is None or not spec.strip():
        return None
    spec = spec.strip()
    provider: str | None
    provider, colon, model = spec.partition(":")
    if not colon:
        provider, model = None, spec
    elif not provider or not model:
        raise LLMConfigError(
            f"LLM_MODEL={spec!r} is not 'provider:model', e.g. 'openai:gpt-4o-mini' or "
            "'ollama:qwen2.5'"
        )
    # Imported here: `langchain` is heavy and only needed when a model is configured.
    from langchain.chat_models import init_chat_model

    try:
        chat_model = init_chat_model(model, model_provider=provider, **kwargs)
    except ImportError as error:
        name = provider or next((p for p in PROVIDER_EXTRAS if p in str(error)), None)
        extra = PROVIDER_EXTRAS.get(name or "")
        hint = (f"pip install -e '.[{extra}]'" if extra
                else f"install the LangChain integration package for {name or 'this provider'}")
        raise LLMConfigError(
            f"LLM_MODEL={spec!r} needs a provider package that is not installed: {hint}"
        ) from error
    except ValueError as error:
        raise LLMConfigError(
            f"LLM_MODEL={spec!r}: unknown or unsupported chat model provider "
            f"{provider!r} ({error}). Use e.g. 'openai:gpt-4o-mini' (pip install -e '.[openai]') "
            "or 'ollama:qwen2.5' (pip install -e '.[ollama]')."
        ) from error
    except Exception as error:
        raise LLMConfigError(f"LLM_MODEL={spec!r} could not be initialised: {error}") from error
    if not isinstance(chat_model, BaseChatModel):
        raise LLMConfigError(f"LLM_MODEL={spec!r} did not give a chat model")
    return chat_model


# --------------------------------------------------------------------------------------------
# Token accounting


@dataclass(frozen=True, slots=True)
class TokenUsage:
    """Tokens one or more model calls used; `estimated` when counted as characters / 4."""

    input_tokens: int = 0
    output_tokens: int = 0
    estimated: bool = False

    @property
    def total_tokens(self) -> int:
        return self.input_tokens + self.output_tokens

    def __add__(self, other: TokenUsage) -> TokenUsage:
        return TokenUsage(self.input_tokens + other.input_tokens,
                          self.output_tokens + other.output_tokens,
                          self.estimated or other.estimated)


def estimate_tokens(text: str) -> int:
    """Rough token count (characters / 4) for providers that report no usage."""
    return math.ceil(len(text) / CHARS_PER_TOKEN) if text else 0


def prompt_chars(prompt: ChatPromptTemplate, inputs: dict[str, Any]) -> int:
    """Characters of the rendered prompt (system + human), for estimates."""
    messages: list[BaseMessage] = prompt.format_messages(**inputs)
    return sum(len(message.text) for message in messages)


def total_usage(usages: Iterable[TokenUsage | None]) -> TokenUsage:
    """The sum of several calls' usage (e.g. one brief: extraction + five explanations)."""
    total = TokenUsage()
    for usage in usages:
        if usage is not None:
            total = total + usage
    return total


class UsageCollector(BaseCallbackHandler):
    """Reads `usage_metadata` from every AIMessage a call produces."""

    # Called in the event loop's thread: the handler only adds integers.
    run_inline = True

    def __init__(self) -> None:
        super().__init__()
        self.input_tokens = 0
        self.output_tokens = 0
        self.reported = False

    def on_llm_end(self, response: LLMResult, **kwargs: Any) -> None:
        for generations in response.generations:
            for generation in generations:
                message = getattr(generation, "message", None)
                if isinstance(message, AIMessage) and message.usage_metadata:
                    self.reported = True
                    self.input_tokens += message.usage_metadata.get("input_tokens", 0)
                    self.output_tokens += message.usage_metadata.get("output_tokens", 0)

    def usage(self, prompt_characters: int, output: str) -> TokenUsage:
        """What the call used: as reported by the provider, else estimated from characters."""
        if self.reported:
            return TokenUsage(self.input_tokens, self.output_tokens)
        return TokenUsage(math.ceil(prompt_characters / CHARS_PER_TOKEN),
                          estimate_tokens(output), estimated=True)
