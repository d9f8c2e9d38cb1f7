"""The panels of *All dialogues*: every dialogue's figures, and the next meetings of them all."""
