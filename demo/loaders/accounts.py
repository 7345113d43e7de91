"""Demo users for every role. Privileged users get TOTP and recovery codes set up."""

import os
from dataclasses import dataclass

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from allauth.mfa.utils import decrypt
from django.db import transaction

from accounts.models import User
from accounts.roles import ROLE_DEFINITIONS, Role
from accounts.services import assign_role, sync_role_groups

# One documented password for every demo account; override with DEMO_PASSWORD.
DEFAULT_DEMO_PASSWORD = "cphub-demo-2026"  # noqa: S105


@dataclass(frozen=True)
class DemoUserSpec:
    email: str
    full_name: str
    latin_name: str
    organisation: str
    role: Role | None = None
    superuser: bool = False
    preferred_language: str = "zh-hans"


DEMO_USERS = (
    DemoUserSpec("admin@cphub.example", "系统管理员", "ADMIN", "CP Hub", superuser=True),
    DemoUserSpec("editor@cphub.example", "林编辑", "LIN Bian", "CP Hub", role=Role.EDITOR),
    DemoUserSpec(
        "instructor@cphub.example",
        "王老师",
        "WANG Wei",
        "国家清洁生产中心",
        role=Role.INSTRUCTOR,
    ),
    DemoUserSpec(
        "officer@cphub.example", "赵科长", "ZHAO Gang", "某市生态环境局", role=Role.OFFICER
    ),
    DemoUserSpec(
        "agency@cphub.example",
        "钱主任",
        "QIAN Li",
        "某省生态环境厅",
        role=Role.AGENCY_ADMIN,
    ),
    DemoUserSpec(
        "discloser@cphub.example",
        "孙工",
        "SUN Hao",
        "示范化工有限公司",
        role=Role.DISCLOSER,
    ),
    DemoUserSpec(
        "reviewer@cphub.example",
        "周审核",
        "ZHOU Min",
        "某省生态环境厅",
        role=Role.REVIEWER,
    ),
    DemoUserSpec(
        "university@cphub.example",
        "吴教授",
        "WU Jing",
        "示范理工大学",
        role=Role.UNIVERSITY_ADMIN,
    ),
    # Two certification officers: a certificate issued by hand needs one to request it and
    # the other to approve it.
    DemoUserSpec(
        "certifier@cphub.example",
        "郑认证",
        "ZHENG Rui",
        "CP Hub 国家清洁生产培训中心",
        role=Role.CERTIFICATION_OFFICER,
    ),
    DemoUserSpec(
        "certifier2@cphub.example",
        "冯审定",
        "FENG Ning",
        "CP Hub 国家清洁生产培训中心",
        role=Role.CERTIFICATION_OFFICER,
        preferred_language="en",
    ),
    DemoUserSpec("trainee@cphub.example", "李学员", "LI Ming", "示范咨询有限公司"),
    DemoUserSpec(
        "trainee.en@cphub.example",
        "陈安娜",
        "CHEN Anna",
        "Demo Engineering Ltd.",
        preferred_language="en",
    ),
    DemoUserSpec("trainee3@cphub.example", "王芳", "WANG Fang", "示范印染有限公司"),
    DemoUserSpec("trainee4@cphub.example", "刘洋", "LIU Yang", "示范电镀有限公司"),
    DemoUserSpec("trainee5@cphub.example", "张伟", "ZHANG Wei", "示范环境咨询有限公司"),
    DemoUserSpec("trainee6@cphub.example", "杨静", "YANG Jing", "示范理工大学"),
)


@dataclass
class DemoLogin:
    email: str
    password: str
    role_label: str
    totp_secret: str = ""
    recovery_codes: tuple[str, ...] = ()


def demo_password() -> str:
    return os.environ.get("DEMO_PASSWORD", DEFAULT_DEMO_PASSWORD)


def _ensure_mfa(user: User) -> tuple[str, tuple[str, ...]]:
    totp = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
    if totp is None:
        totp = TOTP.activate(user, generate_totp_secret()).instance
    codes = RecoveryCodes.activate(user).get_unused_codes()
    return decrypt(totp.data["secret"]), tuple(codes)


@transaction.atomic
def load_demo_users() -> list[DemoLogin]:
    sync_role_groups()
    password = demo_password()
    logins = []
    for spec in DEMO_USERS:
        user = User.objects.filter(email=spec.email).first()
        if user is None:
            user = User(
                email=spec.email,
                full_name=spec.full_name,
                latin_name=spec.latin_name,
                organisation=spec.organisation,
                preferred_language=spec.preferred_language,
                is_staff=spec.superuser,
                is_superuser=spec.superuser,
            )
            user.set_password(password)
            user.save()
            EmailAddress.objects.create(user=user, email=spec.email, verified=True, primary=True)
        if spec.role is not None:
            assign_role(user=user, role=spec.role)
        if spec.superuser:
            label = "Administrator"
        elif spec.role is not None:
            label = str(ROLE_DEFINITIONS[spec.role].label)
        else:
            label = "Trainee"
        login = DemoLogin(email=spec.email, password=password, role_label=label)
        if spec.superuser or (spec.role and ROLE_DEFINITIONS[spec.role].requires_mfa):
            login.totp_secret, login.recovery_codes = _ensure_mfa(user)
        logins.append(login)
    return logins
