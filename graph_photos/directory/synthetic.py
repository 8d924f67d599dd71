"""A synthetic tenant of any size, the same for the same seed: for benchmarks and for trying
the directory queries at scale (`graph-photos directory generate`).

Names are drawn from common given names and surnames, so that a prefix finds many people and
a full name a few, as in a real company; every user has a mail, an alias, a proxy address, a
department, a job title and a city; groups are Microsoft 365 groups (every third one a team)
and security groups of 20 to 200 members, and one group in ten holds another group.
"""

from __future__ import annotations

import random
import uuid

from graph_photos.directory.model import Group, Tenant, TenantDirectory, User

# The tenant `generate` makes unless told otherwise (a GUID of its own, never Contoso's).
SCALE_TENANT = "5ca1ab1e-0000-4000-8000-000000000100"
SCALE_DOMAIN = "scale.example"


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


GIVEN_NAMES = _words(
    "Aaliyah Aaron Abigail Adam Adrian Aiden Alejandro Alex Alexander Alice Amelia Ana Andrew "
    "Anna Anthony Aria Ava Benjamin Bob Brandon Brooklyn Caleb Camila Carlos Carol Charles "
    "Charlotte Chloe Christopher Claire Daniel David Dave Diego Dylan Eleanor Elena Eli "
    "Elijah Elizabeth Ella Emily Emma Erin Ethan Eva Evelyn Frank Gabriel Grace Hannah Harper "
    "Henry Hiroshi Hugo Isaac Isabella Jack Jacob James Jasmine Jayden John Jonathan Joseph "
    "Joshua Julia Julian Kai Katherine Kevin Layla Leah Leo Liam Lily Lucas Lucy Luis Luke "
    "Madison Maria Mason Matthew Maya Mei Mia Michael Mila Nathan Noah Nora Olivia Omar Owen "
    "Priya Rahul Riley Ryan Samuel Sarah Scarlett Sebastian Sofia Sophia Stella Thomas Tyler "
    "Victoria Violet William Wei Yuki Zoe"
)
SURNAMES = _words(
    "Adams Ahmed Allen Anderson Baker Brown Campbell Carter Chen Clark Collins Cook Cooper "
    "Davis Diaz Dubois Edwards Evans Fischer Flores Garcia Gomez Gonzalez Green Hall Harris "
    "Hernandez Hill Ito Jackson Johnson Jones Kelly Khan Kim King Kumar Lee Lewis Lopez Martin "
    "Martinez McDonald Miller Mitchell Moore Morgan Morris Murphy Nakamura Nelson Nguyen "
    "O'Brien Parker Patel Perez Phillips Ramirez Reed Rivera Roberts Robinson Rodriguez Rogers "
    "Sanchez Schmidt Scott Silva Singh Smith Stewart Suzuki Tanaka Taylor Thomas Thompson "
    "Torres Turner Walker Wang Watson White Williams Wilson Wong Wright Young Zhang"
)
DEPARTMENTS = _words(
    "Engineering Sales Marketing Finance Legal Support Operations Research Design Product "
    "HR Facilities"
)
TITLES = (
    "Engineer", "Senior Engineer", "Manager", "Director", "Analyst", "Designer",
    "Account Executive", "Consultant", "Specialist", "Coordinator",
)  # fmt: skip
CITIES = ("Redmond", "Seattle", "London", "Paris", "Munich", "Tokyo", "Sydney", "Toronto")
TOPICS = (
    "Project Phoenix", "Release Train", "Customer Voice", "Cloud Platform", "Data Science",
    "Mobile Apps", "Security Council", "Onboarding", "Office Move", "Book Club", "Hackathon",
    "Quarterly Planning", "Partner Program", "Field Sales", "Design System", "Accessibility",
)  # fmt: skip


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def synthetic_tenant(
    users: int,
    groups: int,
    *,
    seed: int = 1,
    tenant_id: str = SCALE_TENANT,
    domain: str = SCALE_DOMAIN,
) -> TenantDirectory:
    """A tenant of `users` users and `groups` groups with their memberships."""
    rng = random.Random(seed)  # noqa: S311 (names, not secrets)
    people = []
    for number in range(users):
        given, surname = rng.choice(GIVEN_NAMES), rng.choice(SURNAMES)
        alias = f"{given}.{surname}{number}".lower().replace("'", "")
        address = f"{alias}@{domain}"
        people.append(
            User(
                id=_uuid(rng),
                user_principal_name=address,
                display_name=f"{given} {surname}",
                given_name=given,
                surname=surname,
                mail=address,
                mail_nickname=alias,
                proxy_addresses=(f"SMTP:{address}",),
                job_title=rng.choice(TITLES),
                department=rng.choice(DEPARTMENTS),
                city=rng.choice(CITIES),
                company_name=domain.split(".")[0].title(),
                employee_id=str(100000 + number),
                business_phones=(f"+1 425 555 {number % 10000:04d}",),
                usage_location="US",
            )
        )
    made: list[Group] = []
    for number in range(groups):
        unified = number % 2 == 0
        name = f"{rng.choice(TOPICS)} {number}"
        alias = name.lower().replace(" ", "-")
        members = [
            person.id for person in rng.sample(people, min(len(people), rng.randint(20, 200)))
        ]
        if made and number % 10 == 0:
            members.append(rng.choice(made).id)  # a nested group
        made.append(
            Group(
                id=_uuid(rng),
                display_name=name,
                description=f"{name}: people of {rng.choice(DEPARTMENTS)} and friends",
                mail=f"{alias}@{domain}" if unified else None,
                mail_nickname=alias,
                mail_enabled=unified,
                security_enabled=not unified,
                group_types=("Unified",) if unified else (),
                visibility="Public" if unified else None,
                has_team=unified and number % 3 == 0,
                members=tuple(members),
            )
        )
    tenant = Tenant(tenant_id, domain, domain.split(".")[0].title())
    return TenantDirectory(tenant, tuple(people), tuple(made))
