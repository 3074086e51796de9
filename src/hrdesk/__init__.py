"""hrdesk: HR, payroll and receivables for a Chinese small business, on the clerk's PC."""

__version__ = "0.1.0"
APP_NAME = "hrdesk"
