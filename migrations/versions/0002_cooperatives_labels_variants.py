"""cooperatives labels variants

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 12:21:24.535489

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


# Reference data, frozen as it was when this migration was written.
LABEL_TYPES = [
    {
        "code": "IGP",
        "name_ar": "بيان جغرافي محمي",
        "name_fr": "Indication géographique protégée",
        "name_en": "Protected geographical indication",
        "issuer": "Ministère de l'Agriculture — Commission nationale des signes distinctifs d'origine et de qualité",
        "explanation_ar": "يضمن البيان الجغرافي المحمي أن المنتج يأتي من منطقة محددة وأن جودته أو سمعته مرتبطة بهذا الأصل، "
        "مثل زيت أركان أو زعفران تالوين. تمنحه وزارة الفلاحة بعد مراقبة دفتر التحملات.",
        "explanation_fr": "L'IGP garantit qu'un produit vient d'une aire géographique définie et que sa qualité ou sa "
        "réputation tient à cette origine, comme l'huile d'argane ou le safran de Taliouine. Elle est accordée par le "
        "ministère de l'Agriculture après contrôle du cahier des charges.",
        "explanation_en": "A PGI guarantees that a product comes from a defined area and that its quality or reputation "
        "is linked to that origin, like argan oil or Taliouine saffron. Morocco's Ministry of Agriculture grants it after "
        "checking the product specification.",
    },
    {
        "code": "AOP",
        "name_ar": "تسمية المنشأ المحمية",
        "name_fr": "Appellation d'origine protégée",
        "name_en": "Protected designation of origin",
        "issuer": "Ministère de l'Agriculture — Commission nationale des signes distinctifs d'origine et de qualité",
        "explanation_ar": "تعني تسمية المنشأ المحمية أن كل مراحل الإنتاج تتم في منطقة المنشأ وفق معرفة تقليدية معترف بها، "
        "مثل تمر المجهول بتافيلالت.",
        "explanation_fr": "L'AOP signifie que toutes les étapes de production ont lieu dans l'aire d'origine selon un "
        "savoir-faire reconnu, comme la datte Majhoul de Tafilalet.",
        "explanation_en": "A PDO means every stage of production takes place in the area of origin following recognised "
        "know-how, like Majhoul dates from Tafilalet.",
    },
    {
        "code": "LA",
        "name_ar": "العلامة الفلاحية",
        "name_fr": "Label agricole",
        "name_en": "Agricultural label",
        "issuer": "Ministère de l'Agriculture",
        "explanation_ar": "تشهد العلامة الفلاحية على جودة عليا للمنتج مقارنة بالمنتجات المماثلة، وفق دفتر تحملات مراقب.",
        "explanation_fr": "Le Label agricole atteste une qualité supérieure du produit par rapport aux produits "
        "similaires, selon un cahier des charges contrôlé.",
        "explanation_en": "The Agricultural label certifies a higher quality than similar products, under a controlled "
        "specification.",
    },
    {
        "code": "BIO",
        "name_ar": "منتج عضوي",
        "name_fr": "Agriculture biologique",
        "name_en": "Organic",
        "issuer": "Organisme de certification agréé (loi 39-12)",
        "explanation_ar": "يشهد الإشهاد العضوي على أن المنتج أُنتج دون مبيدات أو أسمدة كيميائية وفق القانون 39-12، "
        "بعد مراقبة هيئة إشهاد معتمدة.",
        "explanation_fr": "La certification biologique atteste que le produit est obtenu sans pesticides ni engrais de "
        "synthèse selon la loi 39-12, après contrôle d'un organisme certificateur agréé.",
        "explanation_en": "Organic certification confirms the product was grown without synthetic pesticides or "
        "fertilisers under Moroccan law 39-12, as checked by an approved certification body.",
    },
    {
        "code": "ONSSA",
        "name_ar": "ترخيص صحي من أونسا",
        "name_fr": "Autorisation sanitaire ONSSA",
        "name_en": "ONSSA sanitary authorisation",
        "issuer": "Office national de sécurité sanitaire des produits alimentaires (ONSSA)",
        "explanation_ar": "يمنح المكتب الوطني للسلامة الصحية للمنتجات الغذائية هذا الترخيص للوحدات التي تستوفي شروط النظافة "
        "والسلامة الصحية لتحضير المواد الغذائية.",
        "explanation_fr": "L'ONSSA délivre cette autorisation aux unités qui respectent les règles d'hygiène et de "
        "sécurité sanitaire pour préparer des denrées alimentaires.",
        "explanation_en": "ONSSA, Morocco's food safety office, grants this authorisation to premises that meet the "
        "hygiene and food safety rules for preparing food.",
    },
    {
        "code": "FAIRTRADE",
        "name_ar": "التجارة العادلة",
        "name_fr": "Commerce équitable",
        "name_en": "Fair trade",
        "issuer": "Organisme de certification du commerce équitable",
        "explanation_ar": "تضمن شهادة التجارة العادلة سعرًا عادلًا للمنتجين وظروف عمل لائقة وشفافية في المعاملات.",
        "explanation_fr": "La certification commerce équitable garantit un prix juste aux productrices et producteurs, "
        "des conditions de travail décentes et des échanges transparents.",
        "explanation_en": "Fair trade certification guarantees producers a fair price, decent working conditions and "
        "transparent trade.",
    },
]


def upgrade():
    # ### commands auto generated by Alembic - please adjust! ###
    op.create_table('label_types',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name_ar', sa.String(length=160), nullable=False),
    sa.Column('name_fr', sa.String(length=160), nullable=False),
    sa.Column('name_en', sa.String(length=160), nullable=False),
    sa.Column('issuer', sa.String(length=200), nullable=False),
    sa.Column('explanation_ar', sa.Text(), nullable=False),
    sa.Column('explanation_fr', sa.Text(), nullable=False),
    sa.Column('explanation_en', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_label_types')),
    sa.UniqueConstraint('code', name=op.f('uq_label_types_code'))
    )
    op.create_table('audit_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('action', sa.String(length=60), nullable=False),
    sa.Column('subject_type', sa.String(length=30), nullable=False),
    sa.Column('subject_id', sa.Integer(), nullable=False),
    sa.Column('summary', sa.String(length=250), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['actor_id'], ['users.id'], name=op.f('fk_audit_entries_actor_id_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entries'))
    )
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_entries_created_at'), ['created_at'], unique=False)

    op.create_table('coop_photos',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('cooperative_id', sa.Integer(), nullable=False),
    sa.Column('image', sa.String(length=200), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['cooperative_id'], ['cooperatives.id'], name=op.f('fk_coop_photos_cooperative_id_cooperatives'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_coop_photos'))
    )
    with op.batch_alter_table('coop_photos', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_coop_photos_cooperative_id'), ['cooperative_id'], unique=False)

    op.create_table('invitations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('cooperative_id', sa.Integer(), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('invited_by_id', sa.Integer(), nullable=True),
    sa.Column('expires_at', sa.DateTime(), nullable=False),
    sa.Column('accepted_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['cooperative_id'], ['cooperatives.id'], name=op.f('fk_invitations_cooperative_id_cooperatives'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['invited_by_id'], ['users.id'], name=op.f('fk_invitations_invited_by_id_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_invitations')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_invitations_token_hash'))
    )
    with op.batch_alter_table('invitations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_invitations_cooperative_id'), ['cooperative_id'], unique=False)

    op.create_table('label_claims',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('cooperative_id', sa.Integer(), nullable=False),
    sa.Column('label_type_id', sa.Integer(), nullable=False),
    sa.Column('certificate_number', sa.String(length=80), nullable=True),
    sa.Column('issuer', sa.String(length=200), nullable=True),
    sa.Column('valid_from', sa.Date(), nullable=True),
    sa.Column('valid_until', sa.Date(), nullable=True),
    sa.Column('document', sa.String(length=200), nullable=True),
    sa.Column('document_type', sa.String(length=10), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('reviewed_by_id', sa.Integer(), nullable=True),
    sa.Column('reviewed_at', sa.DateTime(), nullable=True),
    sa.Column('reminder_sent_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['cooperative_id'], ['cooperatives.id'], name=op.f('fk_label_claims_cooperative_id_cooperatives'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['label_type_id'], ['label_types.id'], name=op.f('fk_label_claims_label_type_id_label_types')),
    sa.ForeignKeyConstraint(['reviewed_by_id'], ['users.id'], name=op.f('fk_label_claims_reviewed_by_id_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_label_claims'))
    )
    with op.batch_alter_table('label_claims', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_label_claims_cooperative_id'), ['cooperative_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_label_claims_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_label_claims_valid_until'), ['valid_until'], unique=False)

    op.create_table('label_claim_products',
    sa.Column('claim_id', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['claim_id'], ['label_claims.id'], name=op.f('fk_label_claim_products_claim_id_label_claims'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], name=op.f('fk_label_claim_products_product_id_products'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('claim_id', 'product_id', name=op.f('pk_label_claim_products'))
    )
    op.create_table('product_photos',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.Column('image', sa.String(length=200), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], name=op.f('fk_product_photos_product_id_products'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_product_photos'))
    )
    with op.batch_alter_table('product_photos', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_product_photos_product_id'), ['product_id'], unique=False)

    op.create_table('product_reports',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.Column('reporter_id', sa.Integer(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], name=op.f('fk_product_reports_product_id_products'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['reporter_id'], ['users.id'], name=op.f('fk_product_reports_reporter_id_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_product_reports'))
    )
    with op.batch_alter_table('product_reports', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_product_reports_product_id'), ['product_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_product_reports_status'), ['status'], unique=False)

    op.create_table('product_variants',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=60), nullable=False),
    sa.Column('sku', sa.String(length=64), nullable=False),
    sa.Column('price_centimes', sa.Integer(), nullable=False),
    sa.Column('stock', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.CheckConstraint('price_centimes >= 0', name=op.f('ck_product_variants_variant_price_not_negative')),
    sa.CheckConstraint('stock >= 0', name=op.f('ck_product_variants_variant_stock_not_negative')),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], name=op.f('fk_product_variants_product_id_products'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_product_variants')),
    sa.UniqueConstraint('product_id', 'sku', name=op.f('uq_product_variants_product_id_sku'))
    )
    with op.batch_alter_table('product_variants', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_product_variants_product_id'), ['product_id'], unique=False)

    with op.batch_alter_table('cooperatives', schema=None) as batch_op:
        batch_op.add_column(sa.Column('created_by_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_cooperatives_created_by_id_users'), 'users', ['created_by_id'], ['id'], ondelete='SET NULL')

    with op.batch_alter_table('products', schema=None) as batch_op:
        batch_op.add_column(sa.Column('blocked_reason', sa.Text(), nullable=True))

    # ### end Alembic commands ###

    label_types = sa.table(
        "label_types", *(sa.column(name) for name in ["code", "position", *LABEL_TYPES[0].keys() - {"code"}])
    )
    op.bulk_insert(label_types, [dict(row, position=i) for i, row in enumerate(LABEL_TYPES)])


def downgrade():
    # ### commands auto generated by Alembic - please adjust! ###
    with op.batch_alter_table('products', schema=None) as batch_op:
        batch_op.drop_column('blocked_reason')

    with op.batch_alter_table('cooperatives', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_cooperatives_created_by_id_users'), type_='foreignkey')
        batch_op.drop_column('created_by_id')

    with op.batch_alter_table('product_variants', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_product_variants_product_id'))

    op.drop_table('product_variants')
    with op.batch_alter_table('product_reports', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_product_reports_status'))
        batch_op.drop_index(batch_op.f('ix_product_reports_product_id'))

    op.drop_table('product_reports')
    with op.batch_alter_table('product_photos', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_product_photos_product_id'))

    op.drop_table('product_photos')
    op.drop_table('label_claim_products')
    with op.batch_alter_table('label_claims', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_label_claims_valid_until'))
        batch_op.drop_index(batch_op.f('ix_label_claims_status'))
        batch_op.drop_index(batch_op.f('ix_label_claims_cooperative_id'))

    op.drop_table('label_claims')
    with op.batch_alter_table('invitations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_invitations_cooperative_id'))

    op.drop_table('invitations')
    with op.batch_alter_table('coop_photos', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_coop_photos_cooperative_id'))

    op.drop_table('coop_photos')
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_entries_created_at'))

    op.drop_table('audit_entries')
    op.drop_table('label_types')
    # ### end Alembic commands ###
