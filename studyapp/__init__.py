"""studyapp: turn a serious article into durable knowledge."""

__version__ = "0.1.0"
