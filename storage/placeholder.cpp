// PLACEHOLDER (foundation skeleton): storage is written by the foundation work.
