enum _PlaceholderTerminalUI {}
