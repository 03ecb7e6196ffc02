import type { Catalog } from './catalog.fr.js';

/** English messages. */
export const en: Catalog = {
  'error.network': 'We cannot reach the service. Check your internet connection, then try again.',
  'error.timeout': 'The service is taking too long to answer. Try again in a moment.',
  'error.server': 'The service has a problem right now. Try again in a few minutes.',
  'error.notFound': 'We could not find what you are looking for.',
  'error.badRequest': 'We cannot do this search. Try other choices.',
  'error.rateLimited': 'There were too many requests. Wait a little, then try again.',
  'error.invalidResponse': 'The service has a problem. Try again later.',
  'error.unknown': 'Something went wrong. Try again.',
  'action.retry': 'Try again',

  'config.title': 'This widget cannot be shown.',
  'config.intro': 'Its settings contain an error. The person who runs this website can fix it:',
  'config.noticeTitle': {
    one: 'One setting of this widget is ignored. The person who runs this website can fix it:',
    other: 'Some settings of this widget are ignored. The person who runs this website can fix them:',
  },
  'config.attribute': 'attribute “{attribute}”: {reason}',
  'config.invalidValue': 'the value “{value}” is not valid.',
  'config.expected': 'the value “{value}” is not valid. Possible values: {expected}.',
  'config.notANumber': '“{value}” is not a number.',
  'config.outOfRange': '{value} must be between {min} and {max}.',
  'config.notAUrl': '“{value}” is not an http or https web address.',
  'config.required': 'this attribute is required.',
  'config.notAnInteger': '“{value}” is not a whole number.',
  'config.tooSmall': '{value} is too small: the minimum is {min}.',
  'config.tooLarge': '{value} is too large: the maximum is {max}.',
  'config.unknownValues': {
    one: 'the value {values} does not exist. Possible values: {expected}.',
    other: 'the values {values} do not exist. Possible values: {expected}.',
  },
  'config.territory':
    '“{value}” is not a territory. Write commune:59350, epci:200093201, departement:59 or region:32.',
  'config.lonLat':
    '“{value}” is not a point. Write the longitude then the latitude, separated by a comma: 3.0635,50.6366.',
  'config.lonLatRange':
    '“{value}” is out of range: longitude goes from -180 to 180 and latitude from -90 to 90. Write the longitude first.',
  'config.color': '“{value}” is not a colour. Write it in hexadecimal, for example #1a5fb4.',
  'config.identifier':
    '“{value}” is not an identifier: lowercase letters without accents, digits and hyphens only.',
  'config.email': '“{value}” is not an e-mail address.',
  'config.andMore': { one: '{list} and {count} more', other: '{list} and {count} more' },
  'config.quoted': '“{value}”',
  'config.booleanValue':
    '“{value}” does not fit here. Write this attribute without a value to turn it on, or remove it to turn it off.',

  'status.loading': 'Loading…',
  'count.results': { one: '{count} result', other: '{count} results' },
};
