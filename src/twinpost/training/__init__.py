"""From a corpus to trained weights: the dataset, the base model, the run and its loss."""
