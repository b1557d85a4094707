"""Tamazight (zgh, Tifinagh): a fourth text column beside _ar/_fr/_en, and the reference tables' names

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 01:55:00

"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

COLUMNS = {
    "cooperatives": [("name_zgh", sa.String(160)), ("city_zgh", sa.String(80)), ("story_zgh", sa.Text())],
    "products": [("name_zgh", sa.String(200)), ("description_zgh", sa.Text())],
    "order_lines": [("name_zgh", sa.String(200))],
    "label_types": [("name_zgh", sa.String(160)), ("explanation_zgh", sa.Text())],
    "events": [("title_zgh", sa.String(200)), ("description_zgh", sa.Text())],
    "regions": [("name_zgh", sa.String(120))],
    "categories": [("name_zgh", sa.String(120))],
}

# Morocco's regions as IRCAM writes them in Tifinagh, and our product categories.
REGIONS = {
    "tanger-tetouan-al-hoceima": "ⵟⴰⵏⵊⴰ-ⵜⵉⵟⵟⴰⵡⵉⵏ-ⵍⵃⵓⵙⵉⵎⴰ",
    "oriental": "ⴰⴳⵎⵎⴰⴹ",
    "fes-meknes": "ⴼⴰⵙ-ⵎⴽⵏⴰⵙ",
    "rabat-sale-kenitra": "ⵕⵕⴱⴰⵟ-ⵙⵍⴰ-ⵇⵏⵉⵟⵔⴰ",
    "beni-mellal-khenifra": "ⴰⵢⵜ ⵎⵍⵍⴰⵍ-ⵅⵏⵉⴼⵕⴰ",
    "casablanca-settat": "ⴰⵏⴼⴰ-ⵙⵟⵟⴰⵜ",
    "marrakech-safi": "ⵎⵕⵕⴰⴽⵛ-ⴰⵙⴼⵉ",
    "draa-tafilalet": "ⴷⵔⵄⴰ-ⵜⴰⴼⵉⵍⴰⵍⵜ",
    "souss-massa": "ⵙⵓⵙ-ⵎⴰⵙⵙⴰ",
    "guelmim-oued-noun": "ⴳⵍⵎⵉⵎ-ⵡⴰⴷ ⵏⵓⵏ",
    "laayoune-sakia-el-hamra": "ⵍⵄⵢⵓⵏ-ⵙⴰⴳⵢⴰ ⵍⵃⵎⵔⴰ",
    "dakhla-oued-ed-dahab": "ⴷⴷⴰⵅⵍⴰ-ⵡⴰⴷ ⴷⴷⴰⵀⴰⴱ",
}
CATEGORIES = {
    "oils": "ⵉⵣⵉⵜⵏ",
    "honey": "ⵜⴰⵎⵎⵏⵜ",
    "spices-herbs": "ⵉⵣⴰⵡⴰⵔⵏ ⴷ ⵉⵙⴽⴽⵉⵡⵏ",
    "dates-nuts": "ⵜⵉⵢⵢⵉⵏⵉ ⴷ ⵉⴳⵓⵎⵎⴰ ⵢⵓⵣⵡⴰⵏ",
    "cereals-couscous": "ⵉⵎⵏⴷⵉ ⴷ ⵙⴽⵙⵓ",
    "preserves-spreads": "ⵜⵉⵎⵔⴱⴰⵢⵉⵏ ⴷ ⵓⵎⵍⵓ",
    "dairy": "ⵉⴼⴰⵔⵉⵙⵏ ⵏ ⵡⴰⴽⴼⴰⵢ",
    "cosmetics": "ⵉⴼⴰⵔⵉⵙⵏ ⵏ ⵜⵉⴼⵓⵍⴽⵉ ⵉⴳⴰⵎⴰⵏⵏ",
    "carpets-textiles": "ⵉⵃⵏⴱⵍⵏ ⴷ ⵓⵥⴹⴰ",
    "pottery-ceramics": "ⵉⵎⴰⵏⵏⴰⵡⵏ ⵏ ⵡⴰⵍⵓⴷ",
    "leather": "ⵉⴼⴰⵔⵉⵙⵏ ⵏ ⵉⵍⵎ",
    "wood-crafts": "ⵜⴰⵏⴰⵥⵓⵕⵉ ⵏ ⵡⴰⵙⵖⴰⵔ",
}
LABEL_TYPES = {
    "IGP": "ⴰⵏⵎⵍ ⴰⵊⵖⵔⴰⴼⴰⵏ ⵉⵜⵜⵓⵃⴹⴰⵏ",
    "AOP": "ⴰⵙⵎⵍ ⵏ ⵓⵥⵓⵕ ⵉⵜⵜⵓⵃⴹⴰⵏ",
    "LA": "ⵜⴰⵎⴰⵜⴰⵔⵜ ⵜⴰⴼⵍⵍⴰⵃⵜ",
    "BIO": "ⵜⴰⴼⵍⵍⴰⵃⵜ ⵜⴰⴳⴰⵎⴰⵏⵜ",
    "ONSSA": "ⴰⵙⵓⵔⴳ ⵏ ⵜⴷⵓⵙⵉ ONSSA",
    "FAIRTRADE": "ⵜⴰⵙⴰⵖⵜ ⵉⵚⵚⵓⵍⵏ",
}


def _fill(table: str, key: str, names: dict[str, str]) -> None:
    rows = sa.table(table, sa.column(key), sa.column("name_zgh"))
    for value, name in names.items():
        op.execute(rows.update().where(rows.c[key] == value).values(name_zgh=name))


def upgrade():
    for table, columns in COLUMNS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for name, type_ in columns:
                batch_op.add_column(sa.Column(name, type_, nullable=True))
    _fill("regions", "slug", REGIONS)
    _fill("categories", "slug", CATEGORIES)
    _fill("label_types", "code", LABEL_TYPES)


def downgrade():
    for table, columns in reversed(COLUMNS.items()):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for name, _type in reversed(columns):
                batch_op.drop_column(name)
