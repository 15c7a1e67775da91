"""The reply rules as data: one YAML file per language (zh, zh_hant, en) plus common.yaml.

Loaded and evaluated by :mod:`daemon.inbox.rulebook`; shipped as package data.
"""
