"""Time: the plan's own words for when ("trước 25/3/2023", "trung tuần tháng 7/2023") read into dates.

Pure: no I/O, no clock except where a caller passes one.  May import only ``model``,
``messages`` and ``problems``; every later stage reads dates through here.
"""
