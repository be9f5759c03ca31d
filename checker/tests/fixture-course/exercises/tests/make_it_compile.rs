//! The fixture's stand-in for the course's `make_it_compile` module (which
//! compiles "make it compile" exercises with a cargo of its own). The
//! fixture tests never run the aggregate; they only need it to build.
