"""Extensions: health_check and file_storage."""
