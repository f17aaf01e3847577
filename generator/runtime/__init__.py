"""Runtime modules copied verbatim into generated packages."""
