// A chunk a fake widget imports at once, for the loader's preload test.
export const shared = true;
