"""Pure domain: dataclasses, enums, rules and errors. Imports only the standard library."""
