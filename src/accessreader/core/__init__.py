"""The reader's core: document model, parsing, encodings, wrapping — no UI or speech imports."""
