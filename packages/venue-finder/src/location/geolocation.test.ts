import { expect } from '@open-wc/testing';
import { GeolocationError, getCurrentPosition, type GeolocationErrorKind } from './geolocation.js';

/**
 * A Geolocation API that answers as told. The real browser's answers (denied without the permission, a
 * position with it) are covered by the element's tests; this one reaches the cases a test browser cannot
 * produce on demand: no position available, a timeout, a call that never answers.
 */
function fakeGeolocation(
  answer: (success: PositionCallback, failure: PositionErrorCallback, options?: PositionOptions) => void,
): Geolocation & { readonly options: PositionOptions[] } {
  const options: PositionOptions[] = [];
  return {
    options,
    getCurrentPosition(success, failure, given) {
      options.push(given ?? {});
      answer(success, failure ?? (() => undefined), given);
    },
    watchPosition: () => 0,
    clearWatch: () => undefined,
  };
}

const positionError = (code: 1 | 2 | 3): GeolocationPositionError =>
  ({ code, message: `code ${code}`, PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 }) as never;

async function kindOf(promise: Promise<unknown>): Promise<GeolocationErrorKind | 'resolved' | unknown> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return error instanceof GeolocationError ? error.kind : error;
  }
}

describe('getCurrentPosition', () => {
  it('resolves with lon, lat and accuracy, asking for a quick, low-accuracy position', async () => {
    const geolocation = fakeGeolocation((success) =>
      success({ coords: { latitude: 50.6366, longitude: 3.0635, accuracy: 30 } } as GeolocationPosition),
    );
    expect(await getCurrentPosition({ geolocation })).to.deep.equal({
      lon: 3.0635,
      lat: 50.6366,
      accuracy: 30,
    });
    expect(geolocation.options).to.deep.equal([
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 300_000 },
    ]);
  });

  it('names each failure of the browser: denied, unavailable, timeout', async () => {
    const failWith = (code: 1 | 2 | 3) =>
      getCurrentPosition({ geolocation: fakeGeolocation((_, failure) => failure(positionError(code))) });
    expect(await kindOf(failWith(1))).to.equal('denied');
    expect(await kindOf(failWith(2))).to.equal('unavailable');
    expect(await kindOf(failWith(3))).to.equal('timeout');
  });

  it('says “insecure” on a page without https, before asking anything', async () => {
    const geolocation = fakeGeolocation((_, failure) => failure(positionError(1)));
    expect(await kindOf(getCurrentPosition({ geolocation, secureContext: false }))).to.equal('insecure');
    expect(geolocation.options).to.have.length(0);
  });

  it('says “unsupported” without the Geolocation API', async () => {
    expect(await kindOf(getCurrentPosition({ geolocation: undefined }))).to.equal('unsupported');
  });

  it('gives up with “timeout” when the browser never answers (a permission prompt left open)', async () => {
    const geolocation = fakeGeolocation(() => undefined);
    expect(await kindOf(getCurrentPosition({ geolocation, timeout: 10, maxWait: 20 }))).to.equal('timeout');
  });

  it('rejects with the signal’s reason when aborted, and ignores a later answer', async () => {
    let answer: PositionCallback | undefined;
    const geolocation = fakeGeolocation((success) => (answer = success));
    const controller = new AbortController();
    const position = getCurrentPosition({ geolocation, signal: controller.signal });
    controller.abort();
    answer?.({ coords: { latitude: 1, longitude: 2, accuracy: 3 } } as GeolocationPosition);
    const error = await position.catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(DOMException);
    expect((error as DOMException).name).to.equal('AbortError');
  });
});
