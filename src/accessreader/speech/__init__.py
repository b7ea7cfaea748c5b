"""Speech: engines that synthesise, players that play, and the SpeechService that owns both.

Importing this package loads no engine: ``pyttsx3`` and the espeak-ng library are loaded
only when an engine is created.
"""
