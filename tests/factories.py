import factory
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

from accounts.models import User
from accounts.roles import Role
from accounts.services import assign_role

PASSWORD = "a-Long-test-passw0rd"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    full_name = factory.Faker("name", locale="zh_CN")
    latin_name = factory.Faker("name")
    organisation = factory.Faker("company", locale="zh_CN")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def verified_email(self, create, extracted, **kwargs):
        if create and extracted is not False:
            EmailAddress.objects.create(user=self, email=self.email, verified=True, primary=True)
        if create:
            self.save()


def make_user(*, role: Role | None = None, mfa: bool = False, **fields) -> User:
    user = UserFactory(**fields)
    if role is not None:
        assign_role(user=user, role=role)
    if mfa:
        enable_totp(user)
    return user


def enable_totp(user: User) -> str:
    """Set up TOTP for ``user`` and return the secret."""
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


def current_totp_code(secret: str) -> str:
    from allauth.mfa.totp.internal.auth import (
        format_hotp_value,
        hotp_value,
        yield_hotp_counters_from_time,
    )

    counters = list(yield_hotp_counters_from_time())
    return format_hotp_value(hotp_value(secret, counters[len(counters) // 2]))


def use_english_admin(user: User) -> User:
    """Make the CMS admin speak English to ``user`` (it follows the user's profile language)."""
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save(update_fields=["preferred_language"])
    return user


def build_site() -> None:
    """The bare structure every CP Hub site has before any content: the Chinese home page as
    the default site's root with its English translation, the course catalogue in both
    languages (what `load_curriculum` would otherwise create) and the site's footer setting
    (the first request to a new site creates it, which makes the cached menu and footer stale
    once; a site in use did that long ago). Idempotent."""
    from django.conf import settings
    from wagtail.models import Locale, Page, Site

    from content.models import HomePage, SiteFooter
    from courses.models import CourseIndexPage

    if HomePage.objects.exists():
        return
    chinese = Locale.objects.get_or_create(language_code="zh-hans")[0]
    english = Locale.objects.get_or_create(language_code="en")[0]
    root = Page.get_first_root_node()
    home = root.add_child(
        instance=HomePage(title="首页", slug="home-zh", locale=chinese, hero_title="清洁生产")
    )
    home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    welcome = site.root_page if site is not None else None
    site, _ = Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "hostname": "localhost",
            "port": 80,
            "root_page": home,
            "site_name": settings.WAGTAIL_SITE_NAME,
        },
    )
    if welcome is not None:
        welcome.delete()  # the "Welcome to Wagtail" page that migrations create
    catalogue = home.add_child(
        instance=CourseIndexPage(title="课程", slug="courses", locale=chinese, show_in_menus=True)
    )
    catalogue.save_revision().publish()
    english_home = home.copy_for_translation(english)
    english_home.title, english_home.hero_title = "Home", "Cleaner production"
    english_home.save_revision().publish()
    english_catalogue = catalogue.copy_for_translation(english)
    english_catalogue.title = "Courses"
    english_catalogue.save_revision().publish()
    SiteFooter.for_site(site)
