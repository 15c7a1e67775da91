"""Reading mail that comes in: parsing, classifying and acting on replies."""
