// The Graph Toolkit as an application bundles it: ProxyProvider pointed at the service (the
// `service` query parameter), with the bearer token of `graph-photos token --user` (`token`).
import { Providers } from '@microsoft/mgt-element';
import { ProxyProvider } from '@microsoft/mgt-proxy-provider';
import { registerMgtPersonComponent } from '@microsoft/mgt-components/dist/es6/components/mgt-person/mgt-person';
import { registerMgtPeoplePickerComponent } from '@microsoft/mgt-components/dist/es6/components/mgt-people-picker/mgt-people-picker';

const params = new URLSearchParams(window.location.search);
Providers.globalProvider = new ProxyProvider(params.get('service'), async () => ({
  Authorization: `Bearer ${params.get('token')}`,
}));
registerMgtPersonComponent();
registerMgtPeoplePickerComponent();
// `?picker=1`: the people picker's page (its default list reads every person's photo, which
// would add the photo-less people's 404s to the mgt-person page).
if (params.get('picker')) {
  document.body.insertAdjacentHTML('beforeend', '<mgt-people-picker id="picker"></mgt-people-picker>');
}
// `?query=...`: a person found by a query (`person-query`), as an app shows "who is X".
if (params.get('query')) {
  const person = document.createElement('mgt-person');
  person.id = 'queried';
  person.setAttribute('person-query', params.get('query'));
  person.setAttribute('view', 'twolines');
  document.body.appendChild(person);
}
// `?details=<JSON>`: a person the app already knows (`person-details`), whose photo the Toolkit
// fetches (`fetch-image`): a personal contact's through `/me/contacts?$filter=...` by e-mail.
if (params.get('details')) {
  const person = document.createElement('mgt-person');
  person.id = 'detailed';
  person.setAttribute('person-details', params.get('details'));
  person.setAttribute('fetch-image', '');
  person.setAttribute('view', 'twolines');
  document.body.appendChild(person);
}
