"""Built-in rule packs: YAML data, shipped in the package as `attrlint.rules`."""
