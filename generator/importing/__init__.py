"""Importing the office's lists (Excel workbooks, CSV files) into the data files of a decision."""
