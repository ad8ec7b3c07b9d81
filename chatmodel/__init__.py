"""The optional chat model (LLM_MODEL): grounded match explanations and brief extraction.

Jodoh works without a model: `retrieval.brief_parser.parse_brief` and `retrieval.explain.explain`
are the defaults. When a deployment configures a chat model (``LLM_MODEL=openai:gpt-4o-mini``),
this package adds two things on top of them, and falls back to them on every failure:

* `explainer.LLMExplainer` writes a 2–3 sentence reason per card from `facts_for_model`, and
  keeps it only if `grounding.grounding_problems` finds nothing the facts do not support
  (numbers, handles, cities, contact details); otherwise, on a timeout or on a provider error,
  the card gets the template.
* `extraction.LLMBriefParser` extracts the brief's constraints with the model and
  `merge_briefs` them into the rules' parse: the rules win on numbers, the model may only add
  lexicon values.

User text (briefs, bios, community descriptions) only ever reaches the model inside a delimited
data block of the human message, with angle brackets replaced (`safety.neutralize`), so it
cannot close the block or pose as an instruction.

Modules:

    models      loading a ``provider:model`` spec; token usage (reported or estimated)
    safety      user text going into a prompt, model text coming out (cleaning, log previews)
    grounding   the check that every number, place and @handle in an explanation is in the facts
    explainer   `LLMExplainer` and `facts_for_model`, the facts block the model writes from
    extraction  `LLMBriefParser`: the model's extraction of a brief, merged into the rules' parse

May import: chatmodel, retrieval, prompts (and LangChain). Imported only by jodoh (the brief
pipeline, `jodoh/briefs.py`), the benchmarks and the tests; never by retrieval, storage,
prompts or the bot, which reaches it through jodoh.
"""
