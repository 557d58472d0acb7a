"""Language data of policyextract: units, markers, blocklists, metric and indicator tables.

Data lives here, apart from the extractor code, so that it can be read, reviewed and
extended without touching a regular expression.
"""
