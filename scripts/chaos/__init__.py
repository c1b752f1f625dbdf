"""The chaos soaks of ./scripts/soak: `single` holds one profile under faults, `organization` an
organization of 100 accounts under faults and scripted incidents; `common` is what both use."""
