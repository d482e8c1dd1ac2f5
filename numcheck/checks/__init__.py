"""The checks: each module defines its rules (code, docs, default severity) and decides findings."""
