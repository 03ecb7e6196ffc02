// Stands for the loader's address in the loader's tests: script tags point here; the tests start the loader
// themselves with this address.
