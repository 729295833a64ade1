"""Reference agent service: the smallest FastAPI app that honours docs/app-contract.md."""
