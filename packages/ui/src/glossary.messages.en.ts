import type { GlossaryCatalog } from './glossary.messages.js';

/** The glossary's definitions in English, imported only for an English widget (see glossary.messages.ts). */
export const en: GlossaryCatalog = {
  more: 'Words explained:',

  franceconnect:
    'FranceConnect is a button on public websites. It logs you in with an account you already have, for example your tax account. You do not need a new password.',
  'mot-de-passe':
    'A password is a secret word. It protects your account on a website. Never give it to anyone.',
  identifiant: 'A username is the name a website knows you by. It is often your e-mail address or a number.',
  'piece-jointe':
    'An attachment is a file added to an e-mail: a photo, a certificate… You often add it with the paper clip button.',
  'e-mail':
    'An e-mail is a message sent over the internet. An e-mail address looks like this: name@example.org.',
  navigateur: 'A browser is the app you use to visit websites. For example: Chrome, Firefox, Safari or Edge.',
  lien: 'A link is a text or a picture you press. It opens another page or another website.',
  application:
    'An app is a program on a phone, a tablet or a computer. For example: the weather, messages, your bank’s app.',
  telecharger:
    'To download is to copy a file from the internet to your device. The file often goes to the “Downloads” folder.',
  acceslibre:
    'Acceslibre is a public website. It tells you if a place is accessible to disabled people: entrance, steps, toilets…',
  'france-services':
    'France Services is a place near you. Staff help you with your dealings with public services: taxes, family allowances, pension, health… It is free.',
  'aidants-connect':
    'Aidants Connect lets an approved professional do an online procedure for you. They do it safely, with your agreement.',
  'conseiller-numerique':
    'A digital adviser is a person trained to help you with phones, computers and the internet. Their help is free.',
  siret: 'The SIRET number is the identity number of a company or an organisation. It has 14 digits.',
  rna: 'The RNA number is the identity number of an association. It starts with the letter W.',
  insee: 'The INSEE code is the official number of a town. It is not the postcode.',
  gps: 'GPS coordinates are two numbers. They tell where a place is on a map.',
  openstreetmap: 'OpenStreetMap is a free map of the world. Volunteers make it, like Wikipedia.',
  sms: 'A text message (SMS) is a short written message, sent from one phone to another.',
  pdf: 'PDF is a type of file for documents. It opens the same way on every device.',
  smartphone: 'A smartphone is a phone with a touch screen: you touch it with your finger. It can go online.',
  'mise-a-jour': 'An update is a new version of an app or a device. It often fixes problems.',
  box: 'A router (or “box”) is a device at home. It gives you the internet at home.',
  fibre: 'Fibre is a cable that gives very fast internet at home.',
  forfait:
    'A phone plan is what you pay each month for your phone. It gives you calls, text messages and internet.',
  'reseau-social':
    'Social media are websites or apps to share messages and photos. For example: Facebook or Instagram.',
  justificatif: 'A proof is a paper that shows something is true. For example, a bill proves your address.',
  attestation: 'A certificate is an official document. It proves your situation, for example your rights.',
  demarche:
    'A procedure is something to do with a public service. For example: ask for an allowance or pay a fine.',
  caf: 'The CAF is the French family allowance office. It pays allowances, for example for housing or children.',
  ameli: 'Ameli is the website of the French health insurance. You can follow your health refunds there.',
  expediteur: 'The sender is the person or the service that sends the message.',
  hameconnage: 'Phishing is a scam. A fake message asks for your codes or your money. Do not answer it.',
  fichier: 'A file is a document on a device: a photo, a text, a certificate…',
  compte: 'An account is your own space on a website. You enter it with your username and your password.',
  wifi: 'Wi-Fi gives you the internet without a cable, near a router or in a public place.',
};
