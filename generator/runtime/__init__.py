"""Runtime modules copied verbatim into every generated package.

Each ``<name>.py`` here is ordinary, linted, typed and unit-tested Python that does not depend
on any spec. ``render`` copies it into a generated package as ``_<name>_runtime.py`` (or the
file name ``render.RUNTIME_FILES`` gives), behind the package's "do not edit" header and a
line naming the toolkit version and the source's hash, so ``check`` notices a stale copy.
Nothing in the generator imports these modules; they are read as text.
"""
