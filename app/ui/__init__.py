"""The Qt layer: thin views over app.core."""
