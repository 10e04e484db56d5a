"""The diagram: items drawn from the model, a scene that maps ids to items, and its view."""
