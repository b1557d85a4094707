"""Demo content for Souk Tadamon: product families and cooperatives from the twelve regions of Morocco.

Pure data, read by `market.demo.loader`. Each cooperative sells every product of its families; prices are
indicative retail prices in Moroccan dirhams (MAD), weights are shipping weights in grams. The towns and
crafts are real; the cooperatives, their members and their phone numbers are fictitious."""

CATEGORY_SLUGS = (
    "oils",
    "honey",
    "spices-herbs",
    "dates-nuts",
    "cereals-couscous",
    "preserves-spreads",
    "dairy",
    "cosmetics",
    "carpets-textiles",
    "pottery-ceramics",
    "leather",
    "wood-crafts",
)

PRODUCT_FAMILIES = {
    "argan-oil": {
        "category": "oils",
        "hue": 42,
        "shape": "bottle",
        "products": [
            {
                "key": "argan-oil-roasted-250ml",
                "name_ar": "زيت أركان غذائي محمص",
                "name_fr": "Huile d'argan alimentaire torréfiée",
                "name_en": "Roasted culinary argan oil",
                "description_ar": (
                    "زيت أركان بكر ممتاز مستخلص بالضغط البارد من لوز أركان محمص بعناية، بنكهة البندق المميزة. يُستعمل "
                    "نيئاً على السلطات والكسكس والطواجن بعد الطهي، أو مع الخبز في وجبة الفطور."
                ),
                "description_fr": (
                    "Huile d'argan vierge extra, pressée à froid à partir d'amandons délicatement torréfiés, au goût "
                    "prononcé de noisette. À utiliser crue sur les salades, le couscous et les tajines après cuisson, "
                    "ou avec du pain au petit-déjeuner."
                ),
                "description_en": (
                    "Extra virgin argan oil cold-pressed from gently roasted kernels, with a distinctive hazelnut "
                    "flavour. Use it raw on salads, couscous and tagines after cooking, or with bread at breakfast."
                ),
                "unit": "250 ml",
                "price_mad": 190,
                "weight_g": 480,
                "stock": 58,
            },
            {
                "key": "argan-oil-roasted-500ml",
                "name_ar": "زيت أركان غذائي محمص – الحجم الكبير",
                "name_fr": "Huile d'argan alimentaire torréfiée, grand format",
                "name_en": "Roasted culinary argan oil, large size",
                "description_ar": (
                    "الزيت المحمص نفسه في قارورة زجاجية داكنة تحميه من الضوء، مناسب للأسر التي تستهلكه يومياً. يُحفظ "
                    "بعيداً عن الحرارة ويُستهلك خلال ستة أشهر بعد فتح القارورة."
                ),
                "description_fr": (
                    "La même huile torréfiée en bouteille de verre fumé qui la protège de la lumière, idéale pour un "
                    "usage quotidien en famille. À conserver à l'abri de la chaleur et à consommer dans les six mois "
                    "après ouverture."
                ),
                "description_en": (
                    "The same roasted oil in a dark glass bottle that shields it from light, ideal for everyday family "
                    "use. Store away from heat and use within six months of opening."
                ),
                "unit": "500 ml",
                "price_mad": 360,
                "weight_g": 900,
                "stock": 31,
            },
            {
                "key": "argan-oil-roasted-1l",
                "name_ar": "زيت أركان غذائي محمص – عبوة لتر",
                "name_fr": "Huile d'argan alimentaire torréfiée, bidon d'un litre",
                "name_en": "Roasted culinary argan oil, 1-litre can",
                "description_ar": (
                    "عبوة معدنية من لتر واحد موجهة للمطاعم ومحبي الطبخ المغربي، تُملأ في التعاونية مباشرة بعد العصر "
                    "والتصفية. مثالية لتحضير الأملو في البيت أو لتتبيل الأطباق بكميات كبيرة."
                ),
                "description_fr": (
                    "Bidon métallique d'un litre destiné aux restaurants et aux amateurs de cuisine marocaine, rempli "
                    "à la coopérative juste après pressage et filtration. Parfait pour préparer son amlou maison ou "
                    "assaisonner en grande quantité."
                ),
                "description_en": (
                    "A one-litre metal can aimed at restaurants and keen cooks of Moroccan food, filled at the "
                    "cooperative right after pressing and filtering. Perfect for making your own amlou or dressing "
                    "dishes in larger quantities."
                ),
                "unit": "1 L",
                "price_mad": 690,
                "weight_g": 1250,
                "stock": 12,
            },
            {
                "key": "argan-oil-hand-kneaded-250ml",
                "name_ar": "زيت أركان تقليدي معصور باليد",
                "name_fr": "Huile d'argan traditionnelle malaxée à la main",
                "name_en": "Traditional hand-kneaded argan oil",
                "description_ar": (
                    "يُحضَّر بالطريقة الأمازيغية القديمة: تُطحن اللوزات المحمصة بالرحى الحجرية ثم تُعجن العجينة باليد مع "
                    "قليل من الماء الفاتر لاستخراج الزيت. إنتاج محدود بنكهة أقوى ولون أغمق."
                ),
                "description_fr": (
                    "Préparée selon la méthode amazighe ancestrale : les amandons torréfiés sont moulus à la meule de "
                    "pierre, puis la pâte est malaxée à la main avec un peu d'eau tiède pour libérer l'huile. "
                    "Production limitée, au goût plus intense et à la couleur plus foncée."
                ),
                "description_en": (
                    "Made the old Amazigh way: roasted kernels are ground on a stone quern, then the paste is kneaded "
                    "by hand with a little warm water to release the oil. A limited production with a stronger taste "
                    "and darker colour."
                ),
                "unit": "250 ml",
                "price_mad": 240,
                "weight_g": 480,
                "stock": 3,
            },
            {
                "key": "argan-oil-organic-100ml",
                "name_ar": "زيت أركان غذائي عضوي",
                "name_fr": "Huile d'argan alimentaire bio",
                "name_en": "Organic culinary argan oil",
                "description_ar": (
                    "زيت حاصل على شهادة الإنتاج العضوي، من ثمار تجمعها النساء في غابة الأركان المصنفة محميةً للمحيط "
                    "الحيوي من طرف اليونسكو. قارورة صغيرة مناسبة للتذوق أو للإهداء."
                ),
                "description_fr": (
                    "Huile certifiée biologique, issue de fruits ramassés par les femmes dans l'arganeraie, classée "
                    "réserve de biosphère par l'UNESCO. Un petit flacon idéal pour la découverte ou à offrir."
                ),
                "description_en": (
                    "Certified organic oil from fruit gathered by women in the argan forest, a UNESCO biosphere "
                    "reserve. A small bottle ideal for tasting or as a gift."
                ),
                "unit": "100 ml",
                "price_mad": 115,
                "weight_g": 250,
                "stock": 74,
            },
        ],
    },
    "argan-cosmetics": {
        "category": "cosmetics",
        "hue": 36,
        "shape": "bottle",
        "products": [
            {
                "key": "argan-oil-cosmetic-50ml",
                "name_ar": "زيت أركان تجميلي نقي",
                "name_fr": "Huile d'argan cosmétique pure",
                "name_en": "Pure cosmetic argan oil",
                "description_ar": (
                    "زيت مستخلص بالضغط البارد من لوز أركان غير محمص، يكاد يكون عديم الرائحة. يُدلَّك به الوجه والجسم "
                    "وأطراف الشعر للحصول على ترطيب عميق ولمعان طبيعي."
                ),
                "description_fr": (
                    "Huile pressée à froid à partir d'amandons non torréfiés, presque inodore. S'applique en massage "
                    "sur le visage, le corps et les pointes des cheveux pour une hydratation profonde et un éclat "
                    "naturel."
                ),
                "description_en": (
                    "Cold-pressed from unroasted kernels and almost odourless. Massage into the face, body and hair "
                    "ends for deep moisture and a natural glow."
                ),
                "unit": "50 ml",
                "price_mad": 90,
                "weight_g": 150,
                "stock": 120,
            },
            {
                "key": "argan-oil-cosmetic-100ml-pump",
                "name_ar": "زيت أركان تجميلي نقي – قارورة بمضخة",
                "name_fr": "Huile d'argan cosmétique pure, flacon pompe",
                "name_en": "Pure cosmetic argan oil, pump bottle",
                "description_ar": (
                    "الزيت التجميلي نفسه في قارورة زجاجية بمضخة تسهّل الاستعمال اليومي وتحافظ على نقاوة الزيت. بضع "
                    "قطرات تكفي بعد الاستحمام على بشرة ما تزال رطبة."
                ),
                "description_fr": (
                    "La même huile cosmétique en flacon de verre muni d'une pompe, pratique au quotidien et qui "
                    "préserve la pureté de l'huile. Quelques gouttes suffisent après la douche, sur peau encore humide."
                ),
                "description_en": (
                    "The same cosmetic oil in a glass pump bottle, handy for daily use and keeping the oil clean. A "
                    "few drops on still-damp skin after a shower are enough."
                ),
                "unit": "100 ml",
                "price_mad": 160,
                "weight_g": 260,
                "stock": 46,
            },
            {
                "key": "argan-body-butter-200ml",
                "name_ar": "زبدة الجسم بالأركان",
                "name_fr": "Beurre corporel à l'argan",
                "name_en": "Argan body butter",
                "description_ar": (
                    "زبدة غنية تجمع بين زيت أركان وزبدة الشيا وشمع النحل المحلي، تغذي البشرة الجافة وتلين المرفقين "
                    "والكعبين. تُوضع بكمية صغيرة وتُدلَّك حتى تتشربها البشرة."
                ),
                "description_fr": (
                    "Un beurre riche associant huile d'argan, beurre de karité et cire d'abeille locale, qui nourrit "
                    "les peaux sèches et adoucit coudes et talons. Appliquer en petite quantité et masser jusqu'à "
                    "pénétration."
                ),
                "description_en": (
                    "A rich butter combining argan oil, shea butter and local beeswax to nourish dry skin and soften "
                    "elbows and heels. Apply a small amount and massage until absorbed."
                ),
                "unit": "200 ml",
                "price_mad": 120,
                "weight_g": 290,
                "stock": 38,
            },
            {
                "key": "argan-shampoo-250ml",
                "name_ar": "شامبو بزيت أركان",
                "name_fr": "Shampooing à l'huile d'argan",
                "name_en": "Argan oil shampoo",
                "description_ar": (
                    "شامبو لطيف خالٍ من السيليكون، غني بزيت أركان ومستخلص إكليل الجبل، يناسب الشعر الجاف والمصبوغ. يُوضع "
                    "على الشعر المبلل ثم يُشطف جيداً بالماء الفاتر."
                ),
                "description_fr": (
                    "Un shampooing doux sans silicone, enrichi en huile d'argan et en extrait de romarin, pour cheveux "
                    "secs ou colorés. Appliquer sur cheveux mouillés puis rincer abondamment à l'eau tiède."
                ),
                "description_en": (
                    "A gentle silicone-free shampoo enriched with argan oil and rosemary extract, for dry or "
                    "colour-treated hair. Apply to wet hair, then rinse thoroughly with lukewarm water."
                ),
                "unit": "250 ml",
                "price_mad": 75,
                "weight_g": 320,
                "stock": 0,
            },
            {
                "key": "argan-face-cream-50ml",
                "name_ar": "كريم الوجه المغذي بالأركان",
                "name_fr": "Crème visage nourrissante à l'argan",
                "name_en": "Nourishing argan face cream",
                "description_ar": (
                    "كريم خفيف سريع الامتصاص يجمع بين زيت أركان وماء الورد من قلعة مكونة، يُوضع صباحاً ومساءً على وجه "
                    "نظيف. مناسب للبشرة العادية والجافة."
                ),
                "description_fr": (
                    "Une crème légère qui pénètre rapidement, associant huile d'argan et eau de rose de Kalaat "
                    "M'Gouna, à appliquer matin et soir sur peau propre. Convient aux peaux normales à sèches."
                ),
                "description_en": (
                    "A light, fast-absorbing cream blending argan oil with rose water from Kalaat M'Gouna; apply "
                    "morning and evening to clean skin. Suits normal to dry skin."
                ),
                "unit": "50 ml",
                "price_mad": 110,
                "weight_g": 140,
                "stock": 27,
            },
            {
                "key": "argan-oil-rose-scented-50ml",
                "name_ar": "زيت أركان معطر بالورد",
                "name_fr": "Huile d'argan parfumée à la rose",
                "name_en": "Rose-scented argan oil",
                "description_ar": (
                    "زيت أركان تجميلي معطر بزيت الورد البلدي العطري، برائحة ناعمة تدوم على البشرة. يُستعمل زيتاً "
                    "للتدليك، أو تُضاف منه بضع قطرات إلى ماء الحمام."
                ),
                "description_fr": (
                    "Huile d'argan cosmétique parfumée à l'huile essentielle de rose beldi, au parfum délicat et "
                    "persistant. À utiliser en huile de massage ou quelques gouttes dans l'eau du bain."
                ),
                "description_en": (
                    "Cosmetic argan oil scented with beldi rose essential oil, leaving a soft, lasting fragrance on "
                    "the skin. Use as a massage oil or add a few drops to bath water."
                ),
                "unit": "50 ml",
                "price_mad": 105,
                "weight_g": 150,
                "stock": 4,
            },
            {
                "key": "argan-soap-100g",
                "name_ar": "صابون بزيت أركان",
                "name_fr": "Savon à l'huile d'argan",
                "name_en": "Argan oil soap",
                "description_ar": (
                    "صابون مصنوع بالطريقة الباردة من زيت أركان وزيت الزيتون، يُترك ليجف أربعة أسابيع قبل بيعه. رغوته "
                    "لطيفة ويناسب الاستعمال اليومي للوجه واليدين."
                ),
                "description_fr": (
                    "Savon saponifié à froid à base d'huiles d'argan et d'olive, séché quatre semaines avant la vente. "
                    "Sa mousse douce convient à l'usage quotidien sur le visage et les mains."
                ),
                "description_en": (
                    "Cold-process soap made with argan and olive oils and cured for four weeks before sale. Its gentle "
                    "lather suits daily use on face and hands."
                ),
                "unit": "100 g",
                "price_mad": 30,
                "weight_g": 120,
                "stock": 140,
            },
            {
                "key": "argan-lip-balm-10g",
                "name_ar": "مرطب الشفاه بالأركان",
                "name_fr": "Baume à lèvres à l'argan",
                "name_en": "Argan lip balm",
                "description_ar": (
                    "بلسم صغير من شمع النحل وزيت أركان وزبدة الكاكاو، يحمي الشفاه من البرد والرياح. يُحمل في الجيب "
                    "ويُستعمل عند الحاجة."
                ),
                "description_fr": (
                    "Un petit baume à la cire d'abeille, à l'huile d'argan et au beurre de cacao, qui protège les "
                    "lèvres du froid et du vent. Se glisse dans la poche et s'applique à volonté."
                ),
                "description_en": (
                    "A small balm of beeswax, argan oil and cocoa butter that protects lips from cold and wind. Slips "
                    "into a pocket; apply as often as needed."
                ),
                "unit": "10 g",
                "price_mad": 35,
                "weight_g": 40,
                "stock": 95,
            },
        ],
    },
    "olive-oil": {
        "category": "oils",
        "hue": 70,
        "shape": "bottle",
        "products": [
            {
                "key": "olive-oil-extra-virgin-1l",
                "name_ar": "زيت زيتون بكر ممتاز",
                "name_fr": "Huile d'olive vierge extra",
                "name_en": "Extra virgin olive oil",
                "description_ar": (
                    "زيت من صنف البيشولين المغربية، يُعصر على البارد في أقل من أربع وعشرين ساعة بعد الجني. طعمه متوازن "
                    "بين الفاكهية والمرارة الخفيفة، مناسب للطبخ اليومي والسلطات."
                ),
                "description_fr": (
                    "Huile de variété Picholine marocaine, pressée à froid moins de vingt-quatre heures après la "
                    "récolte. Goût équilibré entre fruité et légère amertume, pour la cuisine de tous les jours et les "
                    "salades."
                ),
                "description_en": (
                    "Made from Moroccan Picholine olives cold-pressed within twenty-four hours of harvest. Balanced "
                    "between fruitiness and a light bitterness, for everyday cooking and salads."
                ),
                "unit": "1 L",
                "price_mad": 95,
                "weight_g": 1150,
                "stock": 150,
            },
            {
                "key": "olive-oil-extra-virgin-5l",
                "name_ar": "زيت زيتون بكر ممتاز – عبوة 5 لترات",
                "name_fr": "Huile d'olive vierge extra, bidon de 5 litres",
                "name_en": "Extra virgin olive oil, 5-litre can",
                "description_ar": (
                    "عبوة اقتصادية للأسر، كما جرت العادة في البيوت المغربية التي تشتري مؤونة السنة بعد موسم العصر. "
                    "تُحفظ في مكان بارد ومظلم."
                ),
                "description_fr": (
                    "Le format économique des familles, fidèle à la tradition marocaine d'acheter la provision de "
                    "l'année après la saison du pressage. À conserver au frais et à l'abri de la lumière."
                ),
                "description_en": (
                    "The economical family size, in keeping with the Moroccan habit of buying the year's supply after "
                    "the pressing season. Store in a cool, dark place."
                ),
                "unit": "5 L",
                "price_mad": 430,
                "weight_g": 5400,
                "stock": 22,
            },
            {
                "key": "olive-oil-early-harvest-500ml",
                "name_ar": "زيت زيتون أخضر من الجني المبكر",
                "name_fr": "Huile d'olive verte de récolte précoce",
                "name_en": "Early-harvest green olive oil",
                "description_ar": (
                    "زيت يُعصر في شهر أكتوبر من زيتون أخضر لم ينضج بعد، بلون أخضر زاهٍ ونكهة عشبية حارة قليلاً. غني "
                    "بمضادات الأكسدة ويُفضَّل استعماله نيئاً."
                ),
                "description_fr": (
                    "Pressée en octobre à partir d'olives encore vertes, cette huile d'un vert vif offre des notes "
                    "herbacées légèrement piquantes. Riche en antioxydants, elle se déguste de préférence crue."
                ),
                "description_en": (
                    "Pressed in October from still-green olives, this vivid green oil has grassy, slightly peppery "
                    "notes. Rich in antioxidants and best enjoyed raw."
                ),
                "unit": "500 ml",
                "price_mad": 85,
                "weight_g": 800,
                "stock": 9,
            },
            {
                "key": "olive-oil-beldi-maasra-750ml",
                "name_ar": "زيت زيتون بلدي من المعصرة التقليدية",
                "name_fr": "Huile d'olive beldi de maâsra",
                "name_en": "Beldi olive oil from a traditional press",
                "description_ar": (
                    "زيت يُستخرج في معصرة تقليدية بالرحى الحجرية والحصائر، بطعم قوي يحبه المغاربة مع البيصارة والخبز. "
                    "لونه ذهبي داكن ورائحته نفاذة."
                ),
                "description_fr": (
                    "Extraite dans une maâsra traditionnelle à meule de pierre et scourtins, cette huile au goût corsé "
                    "est celle que l'on aime avec la bissara et le pain. Couleur or foncé, arôme puissant."
                ),
                "description_en": (
                    "Extracted in a traditional maasra with a stone mill and pressing mats, this robust oil is the one "
                    "Moroccans love with bissara and bread. Deep gold colour and a strong aroma."
                ),
                "unit": "750 ml",
                "price_mad": 80,
                "weight_g": 1100,
                "stock": 33,
            },
            {
                "key": "olive-oil-thyme-infused-250ml",
                "name_ar": "زيت زيتون منكه بالزعتر",
                "name_fr": "Huile d'olive aromatisée au thym",
                "name_en": "Thyme-infused olive oil",
                "description_ar": (
                    "زيت زيتون بكر ممتاز نُقعت فيه أغصان الزعتر البري ثلاثة أسابيع. يُستعمل لتتبيل الجبن الطري والخضر "
                    "المشوية والخبز المحمص."
                ),
                "description_fr": (
                    "Huile d'olive vierge extra dans laquelle ont macéré des brins de thym sauvage pendant trois "
                    "semaines. Pour assaisonner le fromage frais, les légumes grillés et le pain toasté."
                ),
                "description_en": (
                    "Extra virgin olive oil in which sprigs of wild thyme have steeped for three weeks. Use it to "
                    "dress fresh cheese, grilled vegetables and toast."
                ),
                "unit": "250 ml",
                "price_mad": 45,
                "weight_g": 450,
                "stock": 60,
            },
            {
                "key": "olive-oil-organic-500ml",
                "name_ar": "زيت زيتون بكر ممتاز عضوي",
                "name_fr": "Huile d'olive vierge extra bio",
                "name_en": "Organic extra virgin olive oil",
                "description_ar": (
                    "من بساتين زيتون جبلية لا تُستعمل فيها الأسمدة الكيماوية، حاصلة على شهادة الزراعة العضوية. قارورة "
                    "زجاجية داكنة بسدادة مانعة للتقطير."
                ),
                "description_fr": (
                    "Issue d'oliveraies de montagne cultivées sans engrais chimiques et certifiées agriculture "
                    "biologique. Bouteille en verre foncé avec bouchon anti-goutte."
                ),
                "description_en": (
                    "From mountain olive groves farmed without chemical fertilisers and certified organic. Dark glass "
                    "bottle with a drip-free stopper."
                ),
                "unit": "500 ml",
                "price_mad": 75,
                "weight_g": 800,
                "stock": 41,
            },
        ],
    },
    "cactus-seed-oil": {
        "category": "cosmetics",
        "hue": 320,
        "shape": "bottle",
        "products": [
            {
                "key": "prickly-pear-seed-oil-15ml",
                "name_ar": "زيت بذور الصبار",
                "name_fr": "Huile de pépins de figue de Barbarie",
                "name_en": "Prickly pear seed oil",
                "description_ar": (
                    "يتطلب لتر واحد من هذا الزيت النادر قرابة طن من ثمار التين الشوكي، تُستخرج بذورها وتُجفف ثم تُعصر على "
                    "البارد. تكفي قطرتان في المساء على الوجه ومحيط العينين."
                ),
                "description_fr": (
                    "Il faut près d'une tonne de figues de Barbarie pour obtenir un litre de cette huile rare : les "
                    "pépins sont extraits, séchés puis pressés à froid. Deux gouttes le soir sur le visage et le "
                    "contour des yeux suffisent."
                ),
                "description_en": (
                    "Nearly a tonne of prickly pears is needed for a single litre of this rare oil: the seeds are "
                    "extracted, dried and cold-pressed. Two drops on the face and around the eyes in the evening are "
                    "enough."
                ),
                "unit": "15 ml",
                "price_mad": 190,
                "weight_g": 70,
                "stock": 35,
            },
            {
                "key": "prickly-pear-seed-oil-30ml",
                "name_ar": "زيت بذور الصبار – قارورة بقطارة",
                "name_fr": "Huile de pépins de figue de Barbarie, flacon compte-gouttes",
                "name_en": "Prickly pear seed oil, dropper bottle",
                "description_ar": (
                    "قارورة من الزجاج البنفسجي بقطارة تحمي الزيت من الضوء وتسمح بجرعات دقيقة. غني بفيتامين E والأحماض "
                    "الدهنية، ويُعرف بدوره في مقاومة علامات التقدم في السن."
                ),
                "description_fr": (
                    "Flacon en verre violet avec compte-gouttes, qui protège l'huile de la lumière et permet un dosage "
                    "précis. Riche en vitamine E et en acides gras, elle est réputée pour son action contre les signes "
                    "de l'âge."
                ),
                "description_en": (
                    "A violet glass dropper bottle that protects the oil from light and allows precise dosing. Rich in "
                    "vitamin E and fatty acids, it is prized for its anti-ageing properties."
                ),
                "unit": "30 ml",
                "price_mad": 350,
                "weight_g": 110,
                "stock": 18,
            },
            {
                "key": "prickly-pear-seed-oil-50ml",
                "name_ar": "زيت بذور الصبار – الحجم الكبير",
                "name_fr": "Huile de pépins de figue de Barbarie, grand flacon",
                "name_en": "Prickly pear seed oil, large bottle",
                "description_ar": (
                    "الحجم الأكبر للمستعملات الدائمات وخبيرات التجميل، من صبار آيت باعمران المعروف بثماره الوفيرة. "
                    "يُستعمل صافياً أو تُضاف منه بضع قطرات إلى الكريم اليومي."
                ),
                "description_fr": (
                    "Le grand format pour les utilisatrices régulières et les esthéticiennes, issu des cactus des Aït "
                    "Baamrane réputés pour leurs fruits généreux. S'utilise pur ou quelques gouttes dans la crème de "
                    "jour."
                ),
                "description_en": (
                    "The large size for regular users and beauticians, from the Aït Baamrane cacti known for their "
                    "generous fruit. Use neat or add a few drops to your daily cream."
                ),
                "unit": "50 ml",
                "price_mad": 550,
                "weight_g": 160,
                "stock": 0,
            },
            {
                "key": "prickly-pear-argan-serum-30ml",
                "name_ar": "سيروم الصبار والأركان",
                "name_fr": "Sérum figue de Barbarie et argan",
                "name_en": "Prickly pear and argan serum",
                "description_ar": (
                    "مزيج من زيت بذور الصبار وزيت أركان التجميلي بنسب متساوية، بسعر في متناول عدد أكبر من الزبناء. "
                    "يُوضع مساءً على بشرة نظيفة مع تدليك خفيف."
                ),
                "description_fr": (
                    "Un mélange à parts égales d'huile de pépins de figue de Barbarie et d'huile d'argan cosmétique, "
                    "plus abordable. À appliquer le soir sur peau propre en massant légèrement."
                ),
                "description_en": (
                    "An equal blend of prickly pear seed oil and cosmetic argan oil at a more affordable price. Apply "
                    "in the evening to clean skin with a light massage."
                ),
                "unit": "30 ml",
                "price_mad": 220,
                "weight_g": 110,
                "stock": 24,
            },
            {
                "key": "prickly-pear-night-cream-50ml",
                "name_ar": "كريم الليل بزيت الصبار",
                "name_fr": "Crème de nuit à la figue de Barbarie",
                "name_en": "Prickly pear night cream",
                "description_ar": (
                    "كريم ليلي غني بزيت بذور الصبار وزبدة الشيا، يساعد البشرة على استعادة نضارتها أثناء النوم. يُستعمل "
                    "على الوجه والعنق."
                ),
                "description_fr": (
                    "Crème de nuit riche en huile de pépins de figue de Barbarie et en beurre de karité, qui aide la "
                    "peau à retrouver son éclat pendant le sommeil. Pour le visage et le cou."
                ),
                "description_en": (
                    "A night cream rich in prickly pear seed oil and shea butter that helps the skin regain its "
                    "radiance while you sleep. For face and neck."
                ),
                "unit": "50 ml",
                "price_mad": 160,
                "weight_g": 140,
                "stock": 2,
            },
        ],
    },
    "amlou": {
        "category": "preserves-spreads",
        "hue": 28,
        "shape": "jar",
        "products": [
            {
                "key": "amlou-beldi-250g",
                "name_ar": "أملو بلدي",
                "name_fr": "Amlou beldi",
                "name_en": "Beldi amlou",
                "description_ar": (
                    "عجينة تقليدية من اللوز المحمص المطحون بالرحى مع زيت أركان الغذائي والعسل. تُدهن على الخبز أو "
                    "البغرير في الفطور، وتُقدَّم للضيوف مع الشاي."
                ),
                "description_fr": (
                    "La pâte traditionnelle d'amandes grillées moulues à la meule avec de l'huile d'argan alimentaire "
                    "et du miel. Se tartine sur le pain ou le baghrir au petit-déjeuner, et se sert aux invités avec "
                    "le thé."
                ),
                "description_en": (
                    "The traditional spread of roasted almonds stone-ground with culinary argan oil and honey. Spread "
                    "it on bread or baghrir at breakfast, or serve it to guests with tea."
                ),
                "unit": "250 g",
                "price_mad": 70,
                "weight_g": 380,
                "stock": 88,
            },
            {
                "key": "amlou-beldi-500g",
                "name_ar": "أملو بلدي – البرطمان العائلي",
                "name_fr": "Amlou beldi, pot familial",
                "name_en": "Beldi amlou, family jar",
                "description_ar": (
                    "الوصفة نفسها في برطمان زجاجي كبير، محضرة باللوز البلدي الصغير الغني بالنكهة. يُقلَّب قبل الاستعمال "
                    "لأن الزيت يطفو بشكل طبيعي على السطح."
                ),
                "description_fr": (
                    "La même recette en grand bocal de verre, préparée avec les petites amandes beldi au goût intense. "
                    "Remuer avant usage, l'huile remontant naturellement à la surface."
                ),
                "description_en": (
                    "The same recipe in a large glass jar, made with small, intensely flavoured beldi almonds. Stir "
                    "before use, as the oil naturally rises to the top."
                ),
                "unit": "500 g",
                "price_mad": 130,
                "weight_g": 700,
                "stock": 40,
            },
            {
                "key": "amlou-thyme-honey-250g",
                "name_ar": "أملو بعسل الزعتر",
                "name_fr": "Amlou au miel de thym",
                "name_en": "Amlou with thyme honey",
                "description_ar": (
                    "نسخة فاخرة يُعوَّض فيها العسل العادي بعسل الزعتر الجبلي، مما يمنحها طعماً عطرياً مميزاً. تُقدَّم مع الخبز "
                    "البلدي أو تُستعمل حشوةً للحلويات."
                ),
                "description_fr": (
                    "Une version raffinée où le miel ordinaire est remplacé par du miel de thym de montagne, pour un "
                    "goût aromatique incomparable. Avec du pain beldi ou en garniture de pâtisseries."
                ),
                "description_en": (
                    "A premium version in which ordinary honey gives way to mountain thyme honey for a distinctly "
                    "aromatic taste. Serve with beldi bread or use as a pastry filling."
                ),
                "unit": "250 g",
                "price_mad": 95,
                "weight_g": 380,
                "stock": 15,
            },
            {
                "key": "amlou-peanut-300g",
                "name_ar": "أملو بالفول السوداني",
                "name_fr": "Amlou aux cacahuètes",
                "name_en": "Peanut amlou",
                "description_ar": (
                    "بديل اقتصادي يُحضَّر بالفول السوداني المحمص وزيت أركان والعسل، بقوام ناعم يحبه الأطفال. مثالي "
                    "للوجبات الخفيفة بعد المدرسة."
                ),
                "description_fr": (
                    "Une alternative économique à base de cacahuètes grillées, d'huile d'argan et de miel, à la "
                    "texture onctueuse qu'adorent les enfants. Idéal pour le goûter."
                ),
                "description_en": (
                    "A budget-friendly version made with roasted peanuts, argan oil and honey, with a smooth texture "
                    "children love. Perfect for an afternoon snack."
                ),
                "unit": "300 g",
                "price_mad": 45,
                "weight_g": 430,
                "stock": 70,
            },
            {
                "key": "amlou-no-added-sugar-250g",
                "name_ar": "أملو بدون سكر مضاف",
                "name_fr": "Amlou sans sucre ajouté",
                "name_en": "No-added-sugar amlou",
                "description_ar": (
                    "لوز محمص وزيت أركان فقط، دون عسل أو سكر، لمن يتبعون نظاماً غذائياً خاصاً. طعم اللوز فيه أوضح وقوامه "
                    "أكثف."
                ),
                "description_fr": (
                    "Uniquement des amandes grillées et de l'huile d'argan, sans miel ni sucre, pour les régimes "
                    "particuliers. Le goût de l'amande y est plus franc et la texture plus dense."
                ),
                "description_en": (
                    "Just roasted almonds and argan oil, with no honey or sugar, for those on special diets. The "
                    "almond flavour comes through more clearly and the texture is denser."
                ),
                "unit": "250 g",
                "price_mad": 75,
                "weight_g": 380,
                "stock": 1,
            },
        ],
    },
    "jams": {
        "category": "preserves-spreads",
        "hue": 12,
        "shape": "jar",
        "products": [
            {
                "key": "jam-prickly-pear-300g",
                "name_ar": "مربى التين الشوكي",
                "name_fr": "Confiture de figue de Barbarie",
                "name_en": "Prickly pear jam",
                "description_ar": (
                    "تُحضَّر من ثمار التين الشوكي الناضجة بعد تقشيرها وإزالة بذورها، وتُطهى ببطء مع قليل من السكر وعصير "
                    "الليمون. لونها وردي مائل إلى البنفسجي وطعمها بين البطيخ الأحمر والتين."
                ),
                "description_fr": (
                    "Préparée à partir de figues de Barbarie bien mûres, pelées et épépinées, cuites lentement avec "
                    "peu de sucre et un jus de citron. Couleur rose violacé et saveur entre pastèque et figue."
                ),
                "description_en": (
                    "Made from ripe prickly pears, peeled and deseeded, then slowly cooked with a little sugar and "
                    "lemon juice. Pinkish-purple in colour, with a flavour somewhere between watermelon and fig."
                ),
                "unit": "300 g",
                "price_mad": 38,
                "weight_g": 480,
                "stock": 55,
            },
            {
                "key": "jam-berkane-clementine-300g",
                "name_ar": "مربى كليمانتين بركان",
                "name_fr": "Confiture de clémentines de Berkane",
                "name_en": "Berkane clementine jam",
                "description_ar": (
                    "من كليمانتين بركان الحاصل على علامة البيان الجغرافي المحمي، يُطهى بقشره المقطع إلى شرائح رفيعة. "
                    "لذيذة على الخبز المحمص أو مع الجبن الطري."
                ),
                "description_fr": (
                    "Avec les clémentines de Berkane, protégées par une indication géographique, cuites avec leur "
                    "zeste coupé en fines lanières. Délicieuse sur du pain grillé ou avec du fromage frais."
                ),
                "description_en": (
                    "Made with Berkane clementines, which carry a protected geographical indication, cooked with their "
                    "peel cut into thin strips. Delicious on toast or with fresh cheese."
                ),
                "unit": "300 g",
                "price_mad": 35,
                "weight_g": 480,
                "stock": 80,
            },
            {
                "key": "marmalade-bitter-orange-300g",
                "name_ar": "مربى النارنج",
                "name_fr": "Marmelade d'oranges amères",
                "name_en": "Bitter orange marmalade",
                "description_ar": (
                    "من ثمار النارنج التي تزين أزقة المدن المغربية، تُحضَّر بطريقة الجدات مع قشرها المر. نكهتها الحلوة "
                    "المرة تناسب الفطور كما ترافق أطباق اللحوم."
                ),
                "description_fr": (
                    "Préparée avec les bigarades qui ornent les ruelles des villes marocaines, à la manière des "
                    "grands-mères, avec leur écorce amère. Sa saveur douce-amère accompagne le petit-déjeuner comme "
                    "les viandes rôties."
                ),
                "description_en": (
                    "Made the grandmothers' way from the bitter oranges that line the streets of Moroccan towns, peel "
                    "and all. Its bittersweet taste suits breakfast as well as roast meats."
                ),
                "unit": "300 g",
                "price_mad": 40,
                "weight_g": 480,
                "stock": 26,
            },
            {
                "key": "jam-fig-300g",
                "name_ar": "مربى التين",
                "name_fr": "Confiture de figues",
                "name_en": "Fig jam",
                "description_ar": (
                    "تين بلدي يُجنى في أواخر الصيف ويُطهى مع حبات السمسم واليانسون كما في الوصفة التقليدية. يُقدَّم مع "
                    "الجبن أو على الخبز."
                ),
                "description_fr": (
                    "Des figues beldi cueillies en fin d'été, cuites avec des graines de sésame et d'anis selon la "
                    "recette traditionnelle. À servir avec du fromage ou sur du pain."
                ),
                "description_en": (
                    "Beldi figs picked at the end of summer and cooked with sesame and anise seeds, following the "
                    "traditional recipe. Serve with cheese or on bread."
                ),
                "unit": "300 g",
                "price_mad": 42,
                "weight_g": 480,
                "stock": 4,
            },
            {
                "key": "jam-quince-300g",
                "name_ar": "مربى السفرجل",
                "name_fr": "Confiture de coings",
                "name_en": "Quince jam",
                "description_ar": (
                    "يُطهى السفرجل طويلاً حتى يكتسب لوناً كهرمانياً وقواماً كثيفاً، ويُعطَّر بعود من القرفة. يرافق الطواجن "
                    "الحلوة والحلويات المنزلية."
                ),
                "description_fr": (
                    "Les coings sont cuits longuement jusqu'à prendre une couleur ambrée et une texture épaisse, "
                    "parfumés d'un bâton de cannelle. Accompagne les tajines sucrés et les pâtisseries maison."
                ),
                "description_en": (
                    "The quinces are cooked slowly until amber-coloured and thick, scented with a cinnamon stick. A "
                    "good match for sweet tagines and homemade pastries."
                ),
                "unit": "300 g",
                "price_mad": 38,
                "weight_g": 480,
                "stock": 30,
            },
            {
                "key": "jam-apricot-300g",
                "name_ar": "مربى المشمش",
                "name_fr": "Confiture d'abricots",
                "name_en": "Apricot jam",
                "description_ar": (
                    "مشمش بلدي يُقطف ناضجاً في شهر يونيو ويُطهى قطعاً كبيرة في أوانٍ نحاسية. تتجاوز نسبة الفاكهة فيه ستين "
                    "في المائة."
                ),
                "description_fr": (
                    "Des abricots beldi cueillis mûrs en juin et cuits en gros morceaux dans des bassines en cuivre. "
                    "Plus de 60 % de fruits."
                ),
                "description_en": (
                    "Beldi apricots picked ripe in June and cooked in large pieces in copper pans. Over 60% fruit."
                ),
                "unit": "300 g",
                "price_mad": 36,
                "weight_g": 480,
                "stock": 48,
            },
        ],
    },
    "saffron": {
        "category": "spices-herbs",
        "hue": 8,
        "shape": "box",
        "products": [
            {
                "key": "saffron-taliouine-1g",
                "name_ar": "زعفران تالوين الحر",
                "name_fr": "Safran pur de Taliouine",
                "name_en": "Pure Taliouine saffron",
                "description_ar": (
                    "مياسم زعفران مقطوفة باليد في الصباح الباكر خلال شهر نونبر، ثم مجففة في الظل. يحمل زعفران تالوين "
                    "تسمية المنشأ المحمية ويُعد من أجود أنواع الزعفران في العالم."
                ),
                "description_fr": (
                    "Des stigmates cueillis à la main au petit matin en novembre, puis séchés à l'ombre. Le safran de "
                    "Taliouine bénéficie d'une appellation d'origine protégée et compte parmi les meilleurs au monde."
                ),
                "description_en": (
                    "Stigmas hand-picked at dawn in November, then dried in the shade. Taliouine saffron holds a "
                    "protected designation of origin and ranks among the finest in the world."
                ),
                "unit": "1 g",
                "price_mad": 40,
                "weight_g": 30,
                "stock": 180,
            },
            {
                "key": "saffron-taliouine-2g-gift",
                "name_ar": "زعفران تالوين – علبة هدية",
                "name_fr": "Safran de Taliouine en pistils, coffret",
                "name_en": "Taliouine saffron threads, gift box",
                "description_ar": (
                    "علبة خشبية صغيرة تحتوي على غرامين من الزعفران في قارورة زجاجية محكمة الإغلاق. تكفي لتعطير نحو "
                    "عشرين طاجيناً أو بسطيلة."
                ),
                "description_fr": (
                    "Un petit coffret en bois contenant deux grammes de safran dans un flacon de verre hermétique. De "
                    "quoi parfumer une vingtaine de tajines ou de pastillas."
                ),
                "description_en": (
                    "A small wooden box holding two grams of saffron in an airtight glass vial. Enough to flavour "
                    "about twenty tagines or pastillas."
                ),
                "unit": "2 g",
                "price_mad": 75,
                "weight_g": 60,
                "stock": 65,
            },
            {
                "key": "saffron-taliouine-5g",
                "name_ar": "زعفران تالوين – علبة 5 غرامات",
                "name_fr": "Safran de Taliouine, pot de 5 g",
                "name_en": "Taliouine saffron, 5 g jar",
                "description_ar": (
                    "زعفران من الصنف الأول، مياسمه حمراء قانية بأطراف برتقالية خفيفة، تطلق لوناً ذهبياً قوياً عند نقعها "
                    "في الماء الفاتر. يُنقع عشرين دقيقة قبل الاستعمال."
                ),
                "description_fr": (
                    "Safran de catégorie I aux stigmates rouge profond à pointes légèrement orangées, qui libèrent une "
                    "couleur dorée intense une fois infusés dans l'eau tiède. Faire tremper vingt minutes avant usage."
                ),
                "description_en": (
                    "Category I saffron with deep red stigmas and slightly orange tips, releasing an intense golden "
                    "colour when steeped in warm water. Soak for twenty minutes before use."
                ),
                "unit": "5 g",
                "price_mad": 180,
                "weight_g": 90,
                "stock": 28,
            },
            {
                "key": "saffron-taliouine-10g",
                "name_ar": "زعفران تالوين – علبة 10 غرامات",
                "name_fr": "Safran de Taliouine, pot de 10 g",
                "name_en": "Taliouine saffron, 10 g jar",
                "description_ar": (
                    "علبة موجهة للمطاعم ومحلات الحلويات، تُعبأ بعد تحليل للجودة يقيس قوة اللون والرائحة. يُحفظ بعيداً عن "
                    "الضوء والرطوبة لمدة تصل إلى ثلاث سنوات."
                ),
                "description_fr": (
                    "Un pot destiné aux restaurants et aux pâtissiers, conditionné après une analyse de qualité "
                    "mesurant le pouvoir colorant et aromatique. Se conserve jusqu'à trois ans à l'abri de la lumière "
                    "et de l'humidité."
                ),
                "description_en": (
                    "A jar for restaurants and pastry makers, packed after a quality test measuring colouring strength "
                    "and aroma. Keeps for up to three years away from light and moisture."
                ),
                "unit": "10 g",
                "price_mad": 340,
                "weight_g": 120,
                "stock": 3,
            },
            {
                "key": "saffron-mint-infusion-40g",
                "name_ar": "منقوع الزعفران والنعناع",
                "name_fr": "Infusion safran et menthe",
                "name_en": "Saffron and mint infusion",
                "description_ar": (
                    "خليط من أوراق النعناع المجففة ومياسم الزعفران، يُحضَّر كما يُحضَّر الشاي ويُشرب بعد الأكل. مشروب دافئ "
                    "تقدمه نساء تالوين لضيوفهن في موسم القطف."
                ),
                "description_fr": (
                    "Un mélange de feuilles de menthe séchée et de pistils de safran, à infuser comme un thé et à "
                    "boire après le repas. La boisson chaude que les femmes de Taliouine offrent à leurs hôtes pendant "
                    "la récolte."
                ),
                "description_en": (
                    "A blend of dried mint leaves and saffron threads, brewed like tea and enjoyed after meals. The "
                    "warming drink Taliouine women serve their guests during the harvest."
                ),
                "unit": "40 g",
                "price_mad": 55,
                "weight_g": 90,
                "stock": 52,
            },
            {
                "key": "saffron-corms-20pcs",
                "name_ar": "بصيلات الزعفران للغرس",
                "name_fr": "Bulbes de safran à planter",
                "name_en": "Saffron corms for planting",
                "description_ar": (
                    "بصيلات من صنف زعفران تالوين، تُغرس في شهري غشت وشتنبر على عمق عشرة سنتيمترات في تربة جيدة التصريف. "
                    "تُزهر في الخريف نفسه."
                ),
                "description_fr": (
                    "Bulbes de la variété de safran de Taliouine, à planter en août ou septembre à dix centimètres de "
                    "profondeur, en sol bien drainé. Floraison dès l'automne de la plantation."
                ),
                "description_en": (
                    "Corms of the Taliouine saffron variety. Plant them in August or September, ten centimetres deep, "
                    "in well-drained soil; they flower the same autumn."
                ),
                "unit": "20 pcs",
                "price_mad": 60,
                "weight_g": 300,
                "stock": 0,
            },
        ],
    },
    "herbs-spices": {
        "category": "spices-herbs",
        "hue": 95,
        "shape": "sack",
        "products": [
            {
                "key": "cumin-beldi-200g",
                "name_ar": "كمون بلدي مطحون",
                "name_fr": "Cumin beldi moulu",
                "name_en": "Ground beldi cumin",
                "description_ar": (
                    "كمون بلدي يُزرع بعلياً في الأراضي الجافة، يُنقّى ثم يُطحن بكميات صغيرة في التعاونية ليحتفظ برائحته "
                    "كاملة. يُستعمل في الطواجن والبيض والعدس."
                ),
                "description_fr": (
                    "Cumin beldi cultivé en sec, trié puis moulu en petites quantités à la coopérative pour garder "
                    "tout son arôme. Il relève les tajines, les œufs et les lentilles."
                ),
                "description_en": (
                    "Beldi cumin grown without irrigation, cleaned and ground in small batches at the cooperative so "
                    "it keeps its full aroma. It lifts tagines, eggs and lentils."
                ),
                "unit": "200 g",
                "price_mad": 38,
                "weight_g": 240,
                "stock": 90,
            },
            {
                "key": "ras-el-hanout-100g",
                "name_ar": "رأس الحانوت",
                "name_fr": "Ras el hanout",
                "name_en": "Ras el hanout",
                "description_ar": (
                    "خليط تقليدي من أكثر من عشرين نوعاً من التوابل، منها الكركم والزنجبيل والقرفة والقرنفل وجوزة الطيب، "
                    "تُحمَّص وتُطحن في التعاونية. يُضاف إلى الطواجن والكسكس والمروزية."
                ),
                "description_fr": (
                    "Un mélange traditionnel de plus de vingt épices, dont curcuma, gingembre, cannelle, clou de "
                    "girofle et muscade, torréfiées et moulues à la coopérative. Pour les tajines, le couscous et la "
                    "mrouzia."
                ),
                "description_en": (
                    "A traditional blend of more than twenty spices, including turmeric, ginger, cinnamon, cloves and "
                    "nutmeg, roasted and ground at the cooperative. For tagines, couscous and mrouzia."
                ),
                "unit": "100 g",
                "price_mad": 40,
                "weight_g": 140,
                "stock": 62,
            },
            {
                "key": "wild-thyme-100g",
                "name_ar": "زعتر بري مجفف",
                "name_fr": "Thym sauvage séché",
                "name_en": "Dried wild thyme",
                "description_ar": (
                    "زعتر جبلي يُقطف من السفوح ويُجفف في الظل للحفاظ على زيوته العطرية. يُشرب منقوعاً في الشتاء أو يُضاف "
                    "إلى الشاي والحريرة."
                ),
                "description_fr": (
                    "Thym de montagne cueilli sur les versants et séché à l'ombre pour préserver ses huiles "
                    "essentielles. En infusion l'hiver, dans le thé ou dans la harira."
                ),
                "description_en": (
                    "Mountain thyme gathered on rocky slopes and dried in the shade to keep its essential oils. Brew "
                    "it in winter, add it to tea or stir it into harira."
                ),
                "unit": "100 g",
                "price_mad": 22,
                "weight_g": 130,
                "stock": 110,
            },
            {
                "key": "lemon-verbena-50g",
                "name_ar": "لويزة مجففة",
                "name_fr": "Verveine odorante séchée",
                "name_en": "Dried lemon verbena",
                "description_ar": (
                    "أوراق اللويزة المجففة بعناية، بعطر الليمون المنعش. تُضاف إلى الشاي بالنعناع أو تُشرب وحدها في "
                    "المساء للاسترخاء وتسهيل الهضم."
                ),
                "description_fr": (
                    "Des feuilles de verveine soigneusement séchées, au parfum frais de citron. À ajouter au thé à la "
                    "menthe ou à boire seule le soir pour se détendre et faciliter la digestion."
                ),
                "description_en": (
                    "Carefully dried verbena leaves with a fresh lemon scent. Add to mint tea or drink on its own in "
                    "the evening to relax and aid digestion."
                ),
                "unit": "50 g",
                "price_mad": 25,
                "weight_g": 90,
                "stock": 75,
            },
            {
                "key": "wormwood-chiba-50g",
                "name_ar": "شيبة مجففة",
                "name_fr": "Absinthe (chiba) séchée",
                "name_en": "Dried wormwood (chiba)",
                "description_ar": (
                    "الشيبة عشبة مرة تُضاف بضع أوراق منها إلى إبريق الشاي في فصل الشتاء، وهي عادة مغربية قديمة. تُقطف من "
                    "الهضاب وتُجفف بعيداً عن الشمس."
                ),
                "description_fr": (
                    "La chiba est une plante amère dont on ajoute quelques feuilles à la théière en hiver, selon une "
                    "vieille habitude marocaine. Cueillie sur les plateaux et séchée à l'abri du soleil."
                ),
                "description_en": (
                    "Chiba is a bitter herb; a few leaves go into the teapot in winter, an old Moroccan habit. "
                    "Gathered on the high plateaus and dried out of the sun."
                ),
                "unit": "50 g",
                "price_mad": 20,
                "weight_g": 90,
                "stock": 12,
            },
            {
                "key": "sweet-paprika-200g",
                "name_ar": "فلفل أحمر حلو مطحون",
                "name_fr": "Paprika doux moulu",
                "name_en": "Ground sweet paprika",
                "description_ar": (
                    "فلفل أحمر حلو يُجفف تحت الشمس ثم يُطحن مع قطرات من زيت الزيتون ليحافظ على لونه الأحمر الزاهي. لا "
                    "غنى عنه في الشرمولة والطواجن والكفتة."
                ),
                "description_fr": (
                    "Piment rouge doux séché au soleil puis moulu avec un filet d'huile d'olive qui préserve sa "
                    "couleur éclatante. Indispensable pour la chermoula, les tajines et la kefta."
                ),
                "description_en": (
                    "Sweet red peppers, sun-dried then ground with a drop of olive oil to keep their bright colour. "
                    "Essential for chermoula, tagines and kefta."
                ),
                "unit": "200 g",
                "price_mad": 30,
                "weight_g": 240,
                "stock": 44,
            },
            {
                "key": "rosemary-wild-100g",
                "name_ar": "إكليل الجبل (أزير) البري المجفف",
                "name_fr": "Romarin sauvage séché",
                "name_en": "Dried wild rosemary",
                "description_ar": (
                    "إكليل جبل بري يُقطف من الهضاب وفق طريقة تسمح للنبتة بالتجدد. يُستعمل مع اللحوم المشوية وفي منقوع "
                    "يُشرب بعد الأكل."
                ),
                "description_fr": (
                    "Romarin sauvage récolté sur les hauts plateaux selon une cueillette qui permet à la plante de se "
                    "régénérer. Pour les grillades et en infusion après le repas."
                ),
                "description_en": (
                    "Wild rosemary harvested on the high plateaus in a way that lets the plants regrow. For grilled "
                    "meats, or brewed as an after-dinner infusion."
                ),
                "unit": "100 g",
                "price_mad": 18,
                "weight_g": 130,
                "stock": 85,
            },
            {
                "key": "nigella-seeds-200g",
                "name_ar": "حبة البركة (السانوج)",
                "name_fr": "Nigelle (sanouj)",
                "name_en": "Nigella seeds (sanouj)",
                "description_ar": (
                    "بذور سوداء صغيرة بنكهة تذكّر بالبصل والفلفل، تُرش على الخبز والمسمن قبل طهيه. تُستعمل أيضاً في الطب "
                    "الشعبي ممزوجة بالعسل."
                ),
                "description_fr": (
                    "De petites graines noires au goût rappelant l'oignon et le poivre, à parsemer sur le pain et le "
                    "msemen avant cuisson. Utilisées aussi en médecine traditionnelle avec du miel."
                ),
                "description_en": (
                    "Small black seeds with an onion-and-pepper flavour, sprinkled over bread and msemen before "
                    "cooking. Also used in folk remedies with honey."
                ),
                "unit": "200 g",
                "price_mad": 32,
                "weight_g": 240,
                "stock": 57,
            },
        ],
    },
    "honey": {
        "category": "honey",
        "hue": 40,
        "shape": "jar",
        "products": [
            {
                "key": "honey-thyme-500g",
                "name_ar": "عسل الزعتر",
                "name_fr": "Miel de thym",
                "name_en": "Thyme honey",
                "description_ar": (
                    "عسل جبلي يجنيه النحل من أزهار الزعتر البري في الجبال، بلون عنبري ونكهة عطرية قوية. يُعرف بفوائده "
                    "في فصل الشتاء ضد السعال ونزلات البرد."
                ),
                "description_fr": (
                    "Miel de montagne butiné sur les fleurs de thym sauvage des montagnes, de couleur ambrée et au "
                    "goût très aromatique. Réputé en hiver contre la toux et les refroidissements."
                ),
                "description_en": (
                    "Mountain honey from wild thyme blossoms in the mountains, amber in colour with a strongly "
                    "aromatic taste. Valued in winter against coughs and colds."
                ),
                "unit": "500 g",
                "price_mad": 200,
                "weight_g": 720,
                "stock": 36,
            },
            {
                "key": "honey-euphorbia-500g",
                "name_ar": "عسل الدغموس",
                "name_fr": "Miel d'euphorbe (daghmous)",
                "name_en": "Euphorbia (daghmous) honey",
                "description_ar": (
                    "عسل نادر من أزهار نبتة الدغموس التي تنمو على المنحدرات الجافة، بطعم حار يلسع الحلق قليلاً وهو "
                    "علامة على أصالته. يُتناول بملعقة صغيرة صباحاً على الريق."
                ),
                "description_fr": (
                    "Un miel rare issu des fleurs d'euphorbe qui pousse sur les pentes arides, au goût poivré qui "
                    "pique légèrement la gorge, signe de son authenticité. Se prend à la petite cuillère, le matin à "
                    "jeun."
                ),
                "description_en": (
                    "A rare honey from the flowers of euphorbia growing on dry slopes, with a peppery taste that "
                    "gently catches the throat, a sign of authenticity. Take a teaspoon in the morning on an empty "
                    "stomach."
                ),
                "unit": "500 g",
                "price_mad": 280,
                "weight_g": 720,
                "stock": 14,
            },
            {
                "key": "honey-orange-blossom-500g",
                "name_ar": "عسل زهر البرتقال",
                "name_fr": "Miel de fleur d'oranger",
                "name_en": "Orange blossom honey",
                "description_ar": (
                    "عسل فاتح اللون يتبلور بسرعة، يجنيه النحل في الربيع من بساتين الحوامض. رائحته زهرية ناعمة، وهو "
                    "العسل المفضل لتحضير الشباكية والحلويات."
                ),
                "description_fr": (
                    "Un miel clair qui cristallise vite, récolté au printemps dans les vergers d'agrumes. Parfum "
                    "floral délicat ; c'est le miel préféré pour la chebakia et les pâtisseries."
                ),
                "description_en": (
                    "A pale honey that crystallises quickly, gathered in spring from citrus orchards. Delicately "
                    "floral, it is the favourite honey for chebakia and pastries."
                ),
                "unit": "500 g",
                "price_mad": 90,
                "weight_g": 720,
                "stock": 66,
            },
            {
                "key": "honey-carob-500g",
                "name_ar": "عسل الخروب",
                "name_fr": "Miel de caroubier",
                "name_en": "Carob honey",
                "description_ar": (
                    "عسل خريفي داكن يجنيه النحل من أزهار شجر الخروب، بطعم يميل إلى الكراميل مع مرارة خفيفة. غني "
                    "بالمعادن ولذيذ على الخبز بالزبدة."
                ),
                "description_fr": (
                    "Un miel d'automne foncé, butiné sur les fleurs de caroubier, au goût caramélisé légèrement amer. "
                    "Riche en minéraux, délicieux sur une tartine beurrée."
                ),
                "description_en": (
                    "A dark autumn honey from carob tree flowers, with a caramel taste and a slight bitterness. Rich "
                    "in minerals and lovely on buttered bread."
                ),
                "unit": "500 g",
                "price_mad": 130,
                "weight_g": 720,
                "stock": 23,
            },
            {
                "key": "honey-jujube-250g",
                "name_ar": "عسل السدر",
                "name_fr": "Miel de jujubier (sidr)",
                "name_en": "Jujube (sidr) honey",
                "description_ar": (
                    "من أغلى أنواع العسل المغربي، يجنيه النحل من أزهار السدر البري في المناطق شبه الجافة. قوامه كثيف "
                    "وطعمه غني يذكّر بالتمر."
                ),
                "description_fr": (
                    "L'un des miels marocains les plus recherchés, butiné sur les fleurs de jujubier sauvage des zones "
                    "semi-arides. Texture épaisse et goût riche rappelant la datte."
                ),
                "description_en": (
                    "One of Morocco's most sought-after honeys, from wild jujube blossoms in semi-arid areas. Thick, "
                    "with a rich, date-like flavour."
                ),
                "unit": "250 g",
                "price_mad": 150,
                "weight_g": 380,
                "stock": 0,
            },
            {
                "key": "honey-eucalyptus-1kg",
                "name_ar": "عسل الأوكالبتوس",
                "name_fr": "Miel d'eucalyptus",
                "name_en": "Eucalyptus honey",
                "description_ar": (
                    "عسل من غابات الأوكالبتوس، بنكهة منعشة تذكّر بالمنثول. عبوة كبيرة للاستهلاك اليومي مع الشاي وفي "
                    "الفطور."
                ),
                "description_fr": (
                    "Miel des forêts d'eucalyptus, aux notes fraîches légèrement mentholées. Grand pot pour le thé et "
                    "le petit-déjeuner de tous les jours."
                ),
                "description_en": (
                    "Honey from eucalyptus forests, with fresh, faintly menthol notes. A large jar for everyday tea "
                    "and breakfast."
                ),
                "unit": "1 kg",
                "price_mad": 120,
                "weight_g": 1400,
                "stock": 47,
            },
            {
                "key": "honey-wildflower-1kg",
                "name_ar": "عسل متعدد الأزهار",
                "name_fr": "Miel toutes fleurs",
                "name_en": "Wildflower honey",
                "description_ar": (
                    "عسل ربيعي من أزهار برية متنوعة، يُستخلص بالطرد المركزي دون تسخين ويُصفّى بمصفاة من القماش. لكل موسم "
                    "لونه وطعمه الخاص."
                ),
                "description_fr": (
                    "Miel de printemps issu de fleurs sauvages variées, extrait par centrifugation sans chauffage et "
                    "filtré à travers un tamis en tissu. Chaque récolte a sa couleur et son goût."
                ),
                "description_en": (
                    "Spring honey from a mix of wildflowers, extracted by centrifuge without heating and strained "
                    "through cloth. Each harvest has its own colour and taste."
                ),
                "unit": "1 kg",
                "price_mad": 140,
                "weight_g": 1400,
                "stock": 58,
            },
        ],
    },
    "dates": {
        "category": "dates-nuts",
        "hue": 22,
        "shape": "box",
        "products": [
            {
                "key": "dates-mejhoul-1kg",
                "name_ar": "تمر المجهول",
                "name_fr": "Dattes Mejhoul",
                "name_en": "Mejhoul dates",
                "description_ar": (
                    "أمير التمور المغربية، أصله من واحات تافيلالت، بحبات كبيرة طرية وحلاوة تذكّر بالكراميل. يُقدَّم مع "
                    "الحليب عند الإفطار في رمضان أو مع الشاي."
                ),
                "description_fr": (
                    "Le prince des dattes marocaines, originaire des oasis du Tafilalet, aux fruits charnus et "
                    "moelleux au goût de caramel. À servir avec du lait à la rupture du jeûne ou avec le thé."
                ),
                "description_en": (
                    "The prince of Moroccan dates, originally from the Tafilalet oases, with large, soft fruit and a "
                    "caramel sweetness. Serve with milk at iftar or alongside tea."
                ),
                "unit": "1 kg",
                "price_mad": 160,
                "weight_g": 1150,
                "stock": 45,
            },
            {
                "key": "dates-mejhoul-500g-gift",
                "name_ar": "تمر المجهول – علبة هدية",
                "name_fr": "Dattes Mejhoul, coffret cadeau",
                "name_en": "Mejhoul dates, gift box",
                "description_ar": (
                    "حبات مختارة من الحجم الكبير جداً، مرتبة يدوياً في علبة من خشب النخيل. هدية مثالية في رمضان والأعياد."
                ),
                "description_fr": (
                    "Des fruits sélectionnés de très gros calibre, rangés à la main dans une boîte en bois de palmier. "
                    "Un cadeau idéal pour le Ramadan et les fêtes."
                ),
                "description_en": (
                    "Hand-selected jumbo fruit arranged in a palm-wood box. An ideal gift for Ramadan and holidays."
                ),
                "unit": "500 g",
                "price_mad": 95,
                "weight_g": 650,
                "stock": 20,
            },
            {
                "key": "dates-boufeggous-1kg",
                "name_ar": "تمر بوفقوس",
                "name_fr": "Dattes Boufeggous",
                "name_en": "Boufeggous dates",
                "description_ar": (
                    "صنف محلي منتشر في درعة وتافيلالت، بحبات متوسطة ولحم طري وقشرة رقيقة. يتميز بقدرته على الحفظ طويلاً "
                    "دون أن يجف."
                ),
                "description_fr": (
                    "Une variété très répandue dans le Drâa et le Tafilalet, aux fruits moyens, à la chair tendre et à "
                    "la peau fine. Elle se conserve longtemps sans se dessécher."
                ),
                "description_en": (
                    "A widespread variety in the Draa and Tafilalet, with medium-sized fruit, tender flesh and thin "
                    "skin. It keeps for a long time without drying out."
                ),
                "unit": "1 kg",
                "price_mad": 65,
                "weight_g": 1150,
                "stock": 70,
            },
            {
                "key": "dates-jihel-1kg",
                "name_ar": "تمر الجيهل",
                "name_fr": "Dattes Jihel",
                "name_en": "Jihel dates",
                "description_ar": (
                    "تمر نصف جاف بلون داكن وحلاوة معتدلة، وهو التمر اليومي في بيوت الجنوب. مناسب لصنع عجينة التمر "
                    "والحلويات."
                ),
                "description_fr": (
                    "Une datte demi-sèche, foncée et modérément sucrée, la datte du quotidien dans les foyers du Sud. "
                    "Convient à la pâte de dattes et aux pâtisseries."
                ),
                "description_en": (
                    "A semi-dry, dark date with moderate sweetness, the everyday date in southern homes. Good for date "
                    "paste and baking."
                ),
                "unit": "1 kg",
                "price_mad": 35,
                "weight_g": 1150,
                "stock": 95,
            },
            {
                "key": "dates-najda-1kg",
                "name_ar": "تمر نجدة",
                "name_fr": "Dattes Najda",
                "name_en": "Najda dates",
                "description_ar": (
                    "صنف مغربي حديث انتقاه الباحثون لمقاومته لمرض البيوض، ويُغرس اليوم في واحات كثيرة. حباته كبيرة "
                    "ولحمه طري وحلاوته معتدلة."
                ),
                "description_fr": (
                    "Une variété marocaine récente, sélectionnée par les chercheurs pour sa résistance au bayoud et "
                    "aujourd'hui plantée dans de nombreuses oasis. Gros fruits à la chair tendre et au sucre modéré."
                ),
                "description_en": (
                    "A recent Moroccan variety selected by researchers for its resistance to bayoud disease and now "
                    "planted in many oases. Large fruit with tender flesh and moderate sweetness."
                ),
                "unit": "1 kg",
                "price_mad": 70,
                "weight_g": 1150,
                "stock": 3,
            },
            {
                "key": "dates-bouslikhene-1kg",
                "name_ar": "تمر بوسليخن",
                "name_fr": "Dattes Bouslikhene",
                "name_en": "Bouslikhene dates",
                "description_ar": (
                    "تمر متأخر النضج من واحات الجنوب الشرقي، بلون بني محمر ولحم متماسك. يُؤكل مع اللبن أو محشواً باللوز."
                ),
                "description_fr": (
                    "Une datte tardive des oasis du Sud-Est, brun rougeâtre et à la chair ferme. Appréciée avec du "
                    "lben ou farcie d'amandes."
                ),
                "description_en": (
                    "A late-ripening date from the south-eastern oases, reddish brown with firm flesh. Enjoyed with "
                    "buttermilk or stuffed with almonds."
                ),
                "unit": "1 kg",
                "price_mad": 45,
                "weight_g": 1150,
                "stock": 38,
            },
            {
                "key": "date-paste-500g",
                "name_ar": "عجينة التمر",
                "name_fr": "Pâte de dattes",
                "name_en": "Date paste",
                "description_ar": (
                    "تمر منزوع النوى مطحون دون أي إضافات، يُستعمل في حشو المقروط والكعك وتحلية العصائر. يُحفظ في مكان "
                    "جاف بعد الفتح."
                ),
                "description_fr": (
                    "Des dattes dénoyautées et broyées sans aucun ajout, pour fourrer les makrouts et les ka'ak ou "
                    "sucrer les jus. À conserver au sec après ouverture."
                ),
                "description_en": (
                    "Pitted dates ground with nothing added, for filling makrout and ka'ak or sweetening smoothies. "
                    "Keep in a dry place once opened."
                ),
                "unit": "500 g",
                "price_mad": 30,
                "weight_g": 560,
                "stock": 60,
            },
            {
                "key": "date-syrup-350g",
                "name_ar": "دبس التمر",
                "name_fr": "Sirop de dattes (robb)",
                "name_en": "Date syrup (robb)",
                "description_ar": (
                    "يُحضَّر بطهي التمر في الماء ثم تصفيته وتركيز عصيره ببطء على نار هادئة. بديل طبيعي للسكر في الحلويات "
                    "والمشروبات."
                ),
                "description_fr": (
                    "Le « miel de dattes », obtenu en cuisant les dattes dans l'eau puis en filtrant et en réduisant "
                    "lentement le jus à feu doux. Un substitut naturel au sucre dans les desserts et les boissons."
                ),
                "description_en": (
                    "'Date honey', made by simmering dates in water, straining and slowly reducing the juice over low "
                    "heat. A natural sugar substitute for desserts and drinks."
                ),
                "unit": "350 g",
                "price_mad": 45,
                "weight_g": 520,
                "stock": 7,
            },
        ],
    },
    "almonds-nuts": {
        "category": "dates-nuts",
        "hue": 30,
        "shape": "sack",
        "products": [
            {
                "key": "almonds-beldi-500g",
                "name_ar": "لوز بلدي",
                "name_fr": "Amandes beldi",
                "name_en": "Beldi almonds",
                "description_ar": (
                    "لوز صغير الحجم من أشجار بعلية في الجبال، أغنى نكهة بكثير من اللوز المستورد. يُستعمل في الحلويات "
                    "والأملو أو يُؤكل محمصاً مع الشاي."
                ),
                "description_fr": (
                    "De petites amandes d'amandiers de montagne non irrigués, bien plus parfumées que les amandes "
                    "importées. Pour les pâtisseries et l'amlou, ou grillées avec le thé."
                ),
                "description_en": (
                    "Small almonds from rain-fed mountain trees, far more flavourful than imported ones. For pastries "
                    "and amlou, or roasted to nibble with tea."
                ),
                "unit": "500 g",
                "price_mad": 90,
                "weight_g": 560,
                "stock": 54,
            },
            {
                "key": "almonds-blanched-500g",
                "name_ar": "لوز مقشر",
                "name_fr": "Amandes mondées",
                "name_en": "Blanched almonds",
                "description_ar": (
                    "لوز بلدي مسلوق ومقشر يدوياً ثم مجفف، جاهز لتحضير كعب الغزال والبسطيلة والسلو. يُحفظ في علبة محكمة "
                    "الإغلاق."
                ),
                "description_fr": (
                    "Amandes beldi ébouillantées, pelées à la main puis séchées, prêtes pour les cornes de gazelle, la "
                    "pastilla et le sellou. À conserver dans une boîte hermétique."
                ),
                "description_en": (
                    "Beldi almonds blanched, peeled by hand and dried, ready for gazelle horns, pastilla and sellou. "
                    "Store in an airtight container."
                ),
                "unit": "500 g",
                "price_mad": 105,
                "weight_g": 560,
                "stock": 29,
            },
            {
                "key": "walnut-kernels-250g",
                "name_ar": "لب الجوز",
                "name_fr": "Cerneaux de noix",
                "name_en": "Walnut kernels",
                "description_ar": (
                    "جوز من أشجار جبلية معمرة، يُكسَّر يدوياً لاستخراج أنصاف سليمة فاتحة اللون. لذيذ في السلطات والحلويات "
                    "ومع العسل."
                ),
                "description_fr": (
                    "Noix de vieux noyers de montagne, cassées à la main pour obtenir des cerneaux entiers et clairs. "
                    "Délicieux dans les salades, les desserts ou avec du miel."
                ),
                "description_en": (
                    "Walnuts from old mountain trees, cracked by hand to yield whole, pale halves. Delicious in "
                    "salads, desserts or with honey."
                ),
                "unit": "250 g",
                "price_mad": 55,
                "weight_g": 300,
                "stock": 40,
            },
            {
                "key": "walnuts-in-shell-1kg",
                "name_ar": "جوز بقشره",
                "name_fr": "Noix en coque",
                "name_en": "Walnuts in shell",
                "description_ar": (
                    "جوز الموسم الجديد بقشره، يُجنى في شهر شتنبر ويُجفف في الهواء الطلق. يحافظ على طعمه طوال فصل الشتاء."
                ),
                "description_fr": (
                    "Noix de la nouvelle récolte en coque, cueillies en septembre et séchées à l'air libre. Elles "
                    "gardent leur saveur tout l'hiver."
                ),
                "description_en": (
                    "New-season walnuts in their shells, picked in September and air-dried. They keep their flavour "
                    "all winter."
                ),
                "unit": "1 kg",
                "price_mad": 60,
                "weight_g": 1100,
                "stock": 0,
            },
            {
                "key": "dried-figs-500g",
                "name_ar": "تين مجفف",
                "name_fr": "Figues séchées",
                "name_en": "Dried figs",
                "description_ar": (
                    "تين بلدي يُجفف تحت الشمس على حصائر من القصب ثم يُنظم في عقود أو يُعبأ في أكياس. يُؤكل مع الزبدة "
                    "والخبز في فطور الشتاء."
                ),
                "description_fr": (
                    "Figues beldi séchées au soleil sur des claies de roseau puis enfilées en chapelets ou ensachées. "
                    "Se mangent avec du beurre et du pain au petit-déjeuner d'hiver."
                ),
                "description_en": (
                    "Beldi figs, sun-dried on reed racks, then strung or bagged. Eaten with butter and bread at winter "
                    "breakfasts."
                ),
                "unit": "500 g",
                "price_mad": 50,
                "weight_g": 560,
                "stock": 36,
            },
            {
                "key": "almonds-roasted-salted-250g",
                "name_ar": "لوز محمص بالملح",
                "name_fr": "Amandes grillées salées",
                "name_en": "Salted roasted almonds",
                "description_ar": (
                    "لوز بلدي بقشرته البنية محمص في فرن تقليدي مع قليل من الملح البحري. وجبة خفيفة مثالية مع الشاي."
                ),
                "description_fr": (
                    "Amandes beldi dans leur peau, grillées au four traditionnel avec une pincée de sel marin. Un "
                    "en-cas parfait avec le thé ou à l'apéritif."
                ),
                "description_en": (
                    "Skin-on beldi almonds roasted in a traditional oven with a pinch of sea salt. A perfect snack "
                    "with tea or drinks."
                ),
                "unit": "250 g",
                "price_mad": 55,
                "weight_g": 300,
                "stock": 72,
            },
        ],
    },
    "couscous": {
        "category": "cereals-couscous",
        "hue": 45,
        "shape": "sack",
        "products": [
            {
                "key": "couscous-barley-1kg",
                "name_ar": "كسكس الشعير (بلبولة)",
                "name_fr": "Couscous d'orge (belboula)",
                "name_en": "Barley couscous (belboula)",
                "description_ar": (
                    "كسكس يُفتل يدوياً من دقيق الشعير البلدي ثم يُبخَّر ويُجفف تحت الشمس. يُقدَّم بالخضر أو باللبن، وهو غني "
                    "بالألياف."
                ),
                "description_fr": (
                    "Couscous roulé à la main avec de la farine d'orge beldi, cuit à la vapeur puis séché au soleil. "
                    "Se sert aux légumes ou au lben ; riche en fibres."
                ),
                "description_en": (
                    "Couscous hand-rolled from beldi barley flour, steamed and then sun-dried. Serve with vegetables "
                    "or buttermilk; rich in fibre."
                ),
                "unit": "1 kg",
                "price_mad": 28,
                "weight_g": 1050,
                "stock": 130,
            },
            {
                "key": "couscous-whole-wheat-1kg",
                "name_ar": "كسكس القمح الكامل",
                "name_fr": "Couscous de blé complet",
                "name_en": "Whole wheat couscous",
                "description_ar": (
                    "من قمح صلب كامل يُطحن في مطحنة حجرية ويُفتل بحبات متوسطة. طعمه أغنى من الكسكس الصناعي، ويُطهى على "
                    "البخار في أقل من ساعة."
                ),
                "description_fr": (
                    "Blé dur complet moulu à la meule de pierre et roulé en grains moyens. Plus goûteux que le "
                    "couscous industriel, il cuit à la vapeur en moins d'une heure."
                ),
                "description_en": (
                    "Whole durum wheat milled on a stone mill and rolled into medium grains. Tastier than factory "
                    "couscous, it steams in under an hour."
                ),
                "unit": "1 kg",
                "price_mad": 30,
                "weight_g": 1050,
                "stock": 98,
            },
            {
                "key": "couscous-maize-1kg",
                "name_ar": "كسكس الذرة (بداز)",
                "name_fr": "Couscous de maïs (baddaz)",
                "name_en": "Maize couscous (baddaz)",
                "description_ar": (
                    "كسكس أصفر من سميد الذرة، يحظى بشعبية كبيرة في سوس ومناطق الجنوب. يُطهى على البخار ويُقدَّم بالخضر "
                    "واللحم أو بالحليب والسمن."
                ),
                "description_fr": (
                    "Un couscous jaune à base de semoule de maïs, très apprécié dans le Souss et le Sud. Cuit à la "
                    "vapeur et servi avec légumes et viande, ou avec du lait et du smen."
                ),
                "description_en": (
                    "A yellow couscous made from maize semolina, much loved in the Souss and the south. Steamed and "
                    "served with vegetables and meat, or with milk and smen."
                ),
                "unit": "1 kg",
                "price_mad": 26,
                "weight_g": 1050,
                "stock": 4,
            },
            {
                "key": "mhamsa-hand-rolled-1kg",
                "name_ar": "محمصة مفتولة يدوياً",
                "name_fr": "Mhamsa roulée à la main",
                "name_en": "Hand-rolled mhamsa",
                "description_ar": (
                    "حبات كبيرة من العجين تُفتل يدوياً ثم تُجفف وتُحمَّص قليلاً. تُطهى مثل المعكرونة في المرق أو على البخار "
                    "كالكسكس."
                ),
                "description_fr": (
                    "De gros grains de pâte roulés à la main, séchés puis légèrement torréfiés. Se cuisent comme des "
                    "pâtes dans un bouillon ou à la vapeur comme le couscous."
                ),
                "description_en": (
                    "Large pearls of dough rolled by hand, dried and lightly toasted. Cook them like pasta in broth or "
                    "steam them like couscous."
                ),
                "unit": "1 kg",
                "price_mad": 38,
                "weight_g": 1050,
                "stock": 50,
            },
            {
                "key": "dchicha-barley-grits-1kg",
                "name_ar": "دشيشة الشعير",
                "name_fr": "Dchicha d'orge",
                "name_en": "Barley grits (dchicha)",
                "description_ar": (
                    "شعير مجروش خشن لتحضير حساء الدشيشة الدافئ بالكمون وزيت الزيتون. عشاء تقليدي في ليالي الشتاء "
                    "الباردة."
                ),
                "description_fr": (
                    "Orge concassée grossièrement pour préparer la soupe dchicha au cumin et à l'huile d'olive. Un "
                    "dîner traditionnel des froides soirées d'hiver."
                ),
                "description_en": (
                    "Coarsely cracked barley for dchicha, a warming soup flavoured with cumin and olive oil. A "
                    "traditional supper on cold winter nights."
                ),
                "unit": "1 kg",
                "price_mad": 22,
                "weight_g": 1050,
                "stock": 76,
            },
            {
                "key": "couscous-fine-seffa-1kg",
                "name_ar": "كسكس رقيق للسفة",
                "name_fr": "Couscous fin pour seffa",
                "name_en": "Fine couscous for seffa",
                "description_ar": (
                    "كسكس رقيق الحبات يُفتل من السميد الممتاز، مخصص لتحضير السفة الحلوة بالقرفة والسكر واللوز. يُبخَّر "
                    "ثلاث مرات ليصبح خفيفاً."
                ),
                "description_fr": (
                    "Un couscous à grain fin roulé dans une semoule extra, destiné à la seffa sucrée à la cannelle, au "
                    "sucre et aux amandes. À cuire en trois passages à la vapeur pour plus de légèreté."
                ),
                "description_en": (
                    "A fine-grained couscous rolled from top-quality semolina, for sweet seffa with cinnamon, sugar "
                    "and almonds. Steam it three times for a light result."
                ),
                "unit": "1 kg",
                "price_mad": 32,
                "weight_g": 1050,
                "stock": 41,
            },
        ],
    },
    "goat-dairy": {
        "category": "dairy",
        "hue": 48,
        "shape": "block",
        "products": [
            {
                "key": "jben-goat-fresh-250g",
                "name_ar": "جبن الماعز الطري",
                "name_fr": "Jben frais de chèvre",
                "name_en": "Fresh goat jben",
                "description_ar": (
                    "جبن طري يُحضَّر يومياً من حليب الماعز الجبلي ويُصفّى في سلال صغيرة من الدوم. يُؤكل مع زيت الزيتون "
                    "والزعتر في الفطور، ويُستهلك خلال خمسة أيام."
                ),
                "description_fr": (
                    "Fromage frais préparé chaque jour avec le lait des chèvres de montagne et égoutté dans de petits "
                    "paniers en doum. Se mange avec huile d'olive et thym au petit-déjeuner ; à consommer sous cinq "
                    "jours."
                ),
                "description_en": (
                    "Fresh cheese made daily from mountain goats' milk and drained in small doum-palm baskets. Eat it "
                    "with olive oil and thyme at breakfast; best within five days."
                ),
                "unit": "250 g",
                "price_mad": 35,
                "weight_g": 320,
                "stock": 25,
            },
            {
                "key": "goat-tomme-aged-300g",
                "name_ar": "جبن ماعز معتق",
                "name_fr": "Tomme de chèvre affinée",
                "name_en": "Aged goat tomme",
                "description_ar": (
                    "جبن ماعز مضغوط يُعتَّق شهرين في قبو بارد، بقشرة طبيعية ونكهة تذكّر بالجوز. يُقطَّع شرائح رقيقة ويُقدَّم مع "
                    "التين المجفف."
                ),
                "description_fr": (
                    "Fromage de chèvre pressé affiné deux mois en cave fraîche, à croûte naturelle et au goût de "
                    "noisette. À couper en fines tranches et à servir avec des figues sèches."
                ),
                "description_en": (
                    "A pressed goat cheese aged for two months in a cool cellar, with a natural rind and nutty taste. "
                    "Slice thinly and serve with dried figs."
                ),
                "unit": "300 g",
                "price_mad": 90,
                "weight_g": 360,
                "stock": 9,
            },
            {
                "key": "goat-cheese-herbs-250g",
                "name_ar": "جبن الماعز بالأعشاب",
                "name_fr": "Fromage de chèvre aux herbes",
                "name_en": "Goat cheese with herbs",
                "description_ar": (
                    "جبن طري مغطى بخليط من الزعتر والنعناع المجفف وحبة البركة. يُقدَّم مع الخبز المحمص والزيتون."
                ),
                "description_fr": (
                    "Fromage frais enrobé d'un mélange de thym, de menthe séchée et de nigelle. À servir avec du pain "
                    "grillé et des olives."
                ),
                "description_en": (
                    "Fresh cheese coated in thyme, dried mint and nigella seeds. Serve with toasted bread and olives."
                ),
                "unit": "250 g",
                "price_mad": 45,
                "weight_g": 320,
                "stock": 17,
            },
            {
                "key": "smen-beldi-250g",
                "name_ar": "سمن بلدي",
                "name_fr": "Smen beldi",
                "name_en": "Beldi smen",
                "description_ar": (
                    "زبدة مملحة تُحضَّر من حليب البقر أو الماعز وتُترك لتنضج في جرة فخارية حتى تكتسب رائحتها القوية "
                    "المعروفة. تكفي ملعقة صغيرة منه لتعطير الكسكس أو الحريرة."
                ),
                "description_fr": (
                    "Beurre salé issu de lait de vache ou de chèvre, laissé à maturer en jarre de terre cuite jusqu'à "
                    "développer son arôme puissant. Une petite cuillère suffit à parfumer un couscous ou une harira."
                ),
                "description_en": (
                    "Salted butter from cow or goat milk, left to mature in an earthenware jar until it develops its "
                    "strong aroma. A teaspoon is enough to flavour couscous or harira."
                ),
                "unit": "250 g",
                "price_mad": 65,
                "weight_g": 340,
                "stock": 33,
            },
            {
                "key": "smen-thyme-500g",
                "name_ar": "سمن معطر بالزعتر",
                "name_fr": "Smen parfumé au thym",
                "name_en": "Thyme-scented smen",
                "description_ar": (
                    "سمن معتق لسنة كاملة مع أغصان الزعتر، كما تحضره النساء في البوادي. يُستعمل في الطواجن والبغرير "
                    "والعصيدة."
                ),
                "description_fr": (
                    "Un smen vieilli une année entière avec des brins de thym, comme le préparent les femmes à la "
                    "campagne. Pour les tajines, le baghrir et l'assida."
                ),
                "description_en": (
                    "Smen aged for a full year with sprigs of thyme, the way countrywomen make it. For tagines, "
                    "baghrir and assida."
                ),
                "unit": "500 g",
                "price_mad": 120,
                "weight_g": 620,
                "stock": 12,
            },
        ],
    },
    "camel-dairy": {
        "category": "dairy",
        "hue": 40,
        "shape": "bottle",
        "products": [
            {
                "key": "camel-milk-pasteurised-1l",
                "name_ar": "حليب النوق المبستر",
                "name_fr": "Lait de chamelle pasteurisé",
                "name_en": "Pasteurised camel milk",
                "description_ar": (
                    "حليب نوق ترعى بحرية في الصحراء، يُبستر ويُعبأ في التعاونية في يوم الحلب نفسه. طعمه مالح قليلاً وغني "
                    "بفيتامين C، ويُحفظ في الثلاجة."
                ),
                "description_fr": (
                    "Lait de chamelles élevées en liberté dans le désert, pasteurisé et conditionné à la coopérative "
                    "le jour même de la traite. Goût légèrement salé, riche en vitamine C ; à conserver au "
                    "réfrigérateur."
                ),
                "description_en": (
                    "Milk from free-grazing desert camels, pasteurised and bottled at the cooperative on the day of "
                    "milking. Slightly salty and rich in vitamin C; keep refrigerated."
                ),
                "unit": "1 L",
                "price_mad": 35,
                "weight_g": 1080,
                "stock": 40,
            },
            {
                "key": "camel-milk-fermented-1l",
                "name_ar": "لبن النوق",
                "name_fr": "Lben de chamelle",
                "name_en": "Fermented camel milk (lben)",
                "description_ar": (
                    "حليب نوق مخمر بشكل طبيعي، بقوام خفيف وطعم حامض منعش. يُشرب بارداً مع التمر أو يُقدَّم مع الكسكس."
                ),
                "description_fr": (
                    "Lait de chamelle fermenté naturellement, à la texture légère et au goût acidulé rafraîchissant. "
                    "Se boit frais avec des dattes ou accompagne le couscous."
                ),
                "description_en": (
                    "Naturally fermented camel milk with a light texture and a refreshing tangy taste. Drink it "
                    "chilled with dates or alongside couscous."
                ),
                "unit": "1 L",
                "price_mad": 40,
                "weight_g": 1080,
                "stock": 18,
            },
            {
                "key": "camel-milk-cheese-200g",
                "name_ar": "جبن حليب النوق",
                "name_fr": "Fromage au lait de chamelle",
                "name_en": "Camel milk cheese",
                "description_ar": (
                    "جبن طري نادر لأن حليب النوق صعب التخثر، وقد طورته التعاونية بمساعدة تقنيين مختصين في الألبان. "
                    "طعمه خفيف ومالح قليلاً."
                ),
                "description_fr": (
                    "Un fromage frais rare, car le lait de chamelle caille difficilement ; la coopérative l'a mis au "
                    "point avec l'aide de techniciens laitiers. Saveur douce, légèrement salée."
                ),
                "description_en": (
                    "A rare fresh cheese, since camel milk is hard to curdle; the cooperative developed it with help "
                    "from dairy technicians. Mild and slightly salty."
                ),
                "unit": "200 g",
                "price_mad": 70,
                "weight_g": 260,
                "stock": 6,
            },
            {
                "key": "camel-milk-date-drink-330ml",
                "name_ar": "مشروب حليب النوق بالتمر",
                "name_fr": "Boisson lait de chamelle et dattes",
                "name_en": "Camel milk and date drink",
                "description_ar": (
                    "حليب نوق مبستر ممزوج بعجينة التمر دون سكر مضاف، يُشرب بارداً. وجبة خفيفة مغذية يحبها الأطفال "
                    "والرياضيون."
                ),
                "description_fr": (
                    "Lait de chamelle pasteurisé mixé avec de la pâte de dattes, sans sucre ajouté, à boire bien "
                    "frais. Un en-cas nourrissant qu'apprécient enfants et sportifs."
                ),
                "description_en": (
                    "Pasteurised camel milk blended with date paste and no added sugar, served chilled. A nourishing "
                    "snack loved by children and athletes."
                ),
                "unit": "330 ml",
                "price_mad": 20,
                "weight_g": 380,
                "stock": 44,
            },
            {
                "key": "camel-milk-powder-200g",
                "name_ar": "حليب النوق المجفف",
                "name_fr": "Lait de chamelle en poudre",
                "name_en": "Camel milk powder",
                "description_ar": (
                    "حليب نوق مجفف بالتجميد يحافظ على قيمته الغذائية، ويُحفظ شهوراً دون ثلاجة. تُذاب ملعقتان كبيرتان منه "
                    "في كوب من الماء الفاتر."
                ),
                "description_fr": (
                    "Lait de chamelle lyophilisé qui garde ses qualités nutritives et se conserve des mois sans "
                    "réfrigérateur. Diluer deux cuillerées à soupe dans un verre d'eau tiède."
                ),
                "description_en": (
                    "Freeze-dried camel milk that keeps its nutritional value and stores for months without "
                    "refrigeration. Stir two tablespoons into a glass of lukewarm water."
                ),
                "unit": "200 g",
                "price_mad": 150,
                "weight_g": 260,
                "stock": 3,
            },
        ],
    },
    "rose-water": {
        "category": "cosmetics",
        "hue": 340,
        "shape": "bottle",
        "products": [
            {
                "key": "rose-water-beldi-250ml",
                "name_ar": "ماء الورد البلدي",
                "name_fr": "Eau de rose beldi",
                "name_en": "Beldi rose water",
                "description_ar": (
                    "ماء ورد مقطر في قطارة نحاسية تقليدية من الورد الدمشقي لقلعة مكونة، المقطوف في شهر ماي. يُستعمل "
                    "غسولاً منعشاً للبشرة ولتعطير الحلويات."
                ),
                "description_fr": (
                    "Eau de rose distillée à l'alambic de cuivre traditionnel à partir des roses de Damas de Kalaat "
                    "M'Gouna, cueillies en mai. S'utilise comme lotion tonique pour la peau et pour parfumer les "
                    "pâtisseries."
                ),
                "description_en": (
                    "Rose water distilled in a traditional copper still from Damask roses of Kalaat M'Gouna, picked in "
                    "May. Use it as a skin toner or to flavour pastries."
                ),
                "unit": "250 ml",
                "price_mad": 35,
                "weight_g": 330,
                "stock": 120,
            },
            {
                "key": "rose-water-mist-100ml",
                "name_ar": "رذاذ ماء الورد",
                "name_fr": "Brume d'eau de rose",
                "name_en": "Rose water face mist",
                "description_ar": (
                    "ماء الورد نفسه في قارورة رذاذ عملية تُحمل في الحقيبة، لإنعاش الوجه خلال اليوم أو تثبيت المكياج."
                ),
                "description_fr": (
                    "La même eau de rose en vaporisateur pratique à glisser dans le sac, pour rafraîchir le visage "
                    "dans la journée ou fixer le maquillage."
                ),
                "description_en": (
                    "The same rose water in a handy spray bottle for your bag, to refresh your face during the day or "
                    "set make-up."
                ),
                "unit": "100 ml",
                "price_mad": 40,
                "weight_g": 150,
                "stock": 48,
            },
            {
                "key": "rose-water-1l",
                "name_ar": "ماء الورد – عبوة لتر",
                "name_fr": "Eau de rose, bouteille d'un litre",
                "name_en": "Rose water, 1-litre bottle",
                "description_ar": (
                    "عبوة كبيرة للمطبخ والحمام، ولتعطير الضيوف بالمرش في الأعراس والمناسبات كما جرت العادة المغربية."
                ),
                "description_fr": (
                    "Le grand format pour la cuisine, le hammam et pour asperger les invités au marrach lors des "
                    "mariages et des fêtes, selon la tradition marocaine."
                ),
                "description_en": (
                    "The large size for the kitchen, the hammam, and for sprinkling guests from a marrach at weddings "
                    "and celebrations, as Moroccan custom has it."
                ),
                "unit": "1 L",
                "price_mad": 90,
                "weight_g": 1150,
                "stock": 16,
            },
            {
                "key": "rose-buds-dried-100g",
                "name_ar": "براعم الورد المجففة",
                "name_fr": "Boutons de rose séchés",
                "name_en": "Dried rose buds",
                "description_ar": (
                    "براعم ورد دمشقي مجففة في الظل، تُستعمل في منقوع عطري أو في خلطات رأس الحانوت أو لتعطير الخزائن."
                ),
                "description_fr": (
                    "Boutons de rose de Damas séchés à l'ombre, pour une infusion parfumée, pour le ras el hanout ou "
                    "pour parfumer les armoires."
                ),
                "description_en": (
                    "Damask rose buds dried in the shade, for fragrant infusions, ras el hanout blends or scenting "
                    "wardrobes."
                ),
                "unit": "100 g",
                "price_mad": 45,
                "weight_g": 160,
                "stock": 37,
            },
            {
                "key": "rose-essential-oil-2ml",
                "name_ar": "زيت الورد العطري",
                "name_fr": "Huile essentielle de rose de Damas",
                "name_en": "Damask rose essential oil",
                "description_ar": (
                    "يتطلب استخلاص مليلتر واحد من هذا الزيت الثمين آلاف الورود، ولذلك يُنتج بكميات صغيرة جداً. تكفي قطرة "
                    "واحدة ممزوجة بزيت أركان للحصول على عطر يدوم طويلاً."
                ),
                "description_fr": (
                    "Il faut des milliers de roses pour obtenir un seul millilitre de cette huile précieuse, produite "
                    "en toute petite quantité. Une goutte diluée dans de l'huile d'argan suffit pour un parfum tenace."
                ),
                "description_en": (
                    "Thousands of roses go into a single millilitre of this precious oil, produced in very small "
                    "batches. One drop diluted in argan oil makes a long-lasting perfume."
                ),
                "unit": "2 ml",
                "price_mad": 480,
                "weight_g": 40,
                "stock": 1,
            },
            {
                "key": "rose-cream-50ml",
                "name_ar": "كريم الوجه بالورد",
                "name_fr": "Crème hydratante à la rose",
                "name_en": "Rose moisturising cream",
                "description_ar": (
                    "كريم مرطب خفيف بماء الورد وزيت أركان وزبدة الشيا، برائحة ورد طبيعية. مناسب للبشرة الحساسة."
                ),
                "description_fr": (
                    "Crème hydratante légère à l'eau de rose, à l'huile d'argan et au beurre de karité, au parfum "
                    "naturel de rose. Convient aux peaux sensibles."
                ),
                "description_en": (
                    "A light moisturiser with rose water, argan oil and shea butter, naturally rose-scented. Suitable "
                    "for sensitive skin."
                ),
                "unit": "50 ml",
                "price_mad": 70,
                "weight_g": 140,
                "stock": 29,
            },
        ],
    },
    "black-soap": {
        "category": "cosmetics",
        "hue": 70,
        "shape": "jar",
        "products": [
            {
                "key": "black-soap-olive-250g",
                "name_ar": "الصابون البلدي بزيت الزيتون",
                "name_fr": "Savon noir beldi à l'olive",
                "name_en": "Beldi black soap with olive",
                "description_ar": (
                    "صابون بلدي بقوام هلامي يُحضَّر من زيت الزيتون وعجينة الزيتون الأسود. يُدهن به الجسم في الحمام ويُترك "
                    "بضع دقائق، ثم يُفرك بالكيس لإزالة الخلايا الميتة."
                ),
                "description_fr": (
                    "Savon beldi à la texture de gel, fabriqué à partir d'huile d'olive et de pâte d'olives noires. À "
                    "appliquer sur le corps au hammam et à laisser poser quelques minutes avant de frotter au gant "
                    "kessa pour éliminer les peaux mortes."
                ),
                "description_en": (
                    "Gel-like beldi soap made from olive oil and black olive paste. Spread it on your body at the "
                    "hammam, leave it for a few minutes, then scrub with a kessa mitt to remove dead skin."
                ),
                "unit": "250 g",
                "price_mad": 30,
                "weight_g": 300,
                "stock": 140,
            },
            {
                "key": "black-soap-eucalyptus-250g",
                "name_ar": "الصابون البلدي بالأوكالبتوس",
                "name_fr": "Savon noir à l'eucalyptus",
                "name_en": "Black soap with eucalyptus",
                "description_ar": (
                    "صابون بلدي معطر بزيت الأوكالبتوس العطري، يمنح إحساساً بالانتعاش ويسهّل التنفس في بخار الحمام."
                ),
                "description_fr": (
                    "Savon beldi parfumé à l'huile essentielle d'eucalyptus, pour une sensation de fraîcheur et une "
                    "respiration plus facile dans la vapeur du hammam."
                ),
                "description_en": (
                    "Beldi soap scented with eucalyptus essential oil, for a fresh feeling and easier breathing in the "
                    "hammam steam."
                ),
                "unit": "250 g",
                "price_mad": 35,
                "weight_g": 300,
                "stock": 64,
            },
            {
                "key": "black-soap-argan-250g",
                "name_ar": "الصابون البلدي بزيت أركان",
                "name_fr": "Savon noir à l'huile d'argan",
                "name_en": "Black soap with argan oil",
                "description_ar": (
                    "تركيبة أغنى يُضاف إليها زيت أركان لتغذية البشرة الجافة بعد التقشير. مناسب للعناية الأسبوعية."
                ),
                "description_fr": (
                    "Une formule plus riche, enrichie en huile d'argan pour nourrir les peaux sèches après le gommage. "
                    "Idéal en soin hebdomadaire."
                ),
                "description_en": (
                    "A richer formula with added argan oil to nourish dry skin after exfoliation. Ideal as a weekly "
                    "treatment."
                ),
                "unit": "250 g",
                "price_mad": 40,
                "weight_g": 300,
                "stock": 5,
            },
            {
                "key": "black-soap-rose-250g",
                "name_ar": "الصابون البلدي بالورد",
                "name_fr": "Savon noir à la rose",
                "name_en": "Black soap with rose",
                "description_ar": (
                    "صابون بلدي ممزوج بماء الورد ومسحوق الورد المجفف، برائحة ناعمة تبقى على البشرة بعد الحمام."
                ),
                "description_fr": (
                    "Savon beldi mélangé à de l'eau de rose et à de la poudre de pétales séchés, au parfum délicat qui "
                    "reste sur la peau après le bain."
                ),
                "description_en": (
                    "Beldi soap blended with rose water and powdered dried petals, leaving a soft scent on the skin "
                    "after bathing."
                ),
                "unit": "250 g",
                "price_mad": 38,
                "weight_g": 300,
                "stock": 44,
            },
            {
                "key": "kessa-hammam-mitt",
                "name_ar": "كيس الحمام التقليدي",
                "name_fr": "Gant kessa de hammam",
                "name_en": "Kessa hammam mitt",
                "description_ar": (
                    "قفاز خشن منسوج يُستعمل بعد الصابون البلدي لتقشير البشرة بعمق. يُغسل ويُترك ليجف بعد كل استعمال."
                ),
                "description_fr": (
                    "Un gant tissé rugueux, à utiliser après le savon noir pour un gommage en profondeur. Rincer et "
                    "laisser sécher après chaque usage."
                ),
                "description_en": (
                    "A coarse woven mitt used after black soap for deep exfoliation. Rinse and let dry after each use."
                ),
                "unit": "1 pc",
                "price_mad": 20,
                "weight_g": 40,
                "stock": 180,
            },
        ],
    },
    "ghassoul": {
        "category": "cosmetics",
        "hue": 20,
        "shape": "block",
        "products": [
            {
                "key": "ghassoul-powder-250g",
                "name_ar": "غاسول مسحوق",
                "name_fr": "Ghassoul en poudre",
                "name_en": "Ghassoul clay powder",
                "description_ar": (
                    "طين معدني يُستخرج من منطقة ميسور في حوض ملوية، يُنقّى ثم يُطحن إلى مسحوق ناعم. يُخلط بالماء أو بماء "
                    "الورد لتنظيف الشعر والبشرة دون صابون."
                ),
                "description_fr": (
                    "Argile minérale extraite dans la région de Missour, dans la vallée de la Moulouya, purifiée puis "
                    "réduite en poudre fine. À mélanger à de l'eau ou de l'eau de rose pour laver cheveux et peau sans "
                    "savon."
                ),
                "description_en": (
                    "Mineral clay mined around Missour in the Moulouya valley, purified and ground to a fine powder. "
                    "Mix with water or rose water to cleanse hair and skin without soap."
                ),
                "unit": "250 g",
                "price_mad": 25,
                "weight_g": 280,
                "stock": 110,
            },
            {
                "key": "ghassoul-seven-herbs-250g",
                "name_ar": "غاسول بالأعشاب السبعة",
                "name_fr": "Ghassoul aux sept plantes",
                "name_en": "Seven-herb ghassoul",
                "description_ar": (
                    "غاسول معجون بمنقوع سبعة أعشاب عطرية منها الخزامى والريحان والزعتر وقشر البرتقال، ثم مجفف على شكل "
                    "قطع صغيرة. وصفة تتوارثها النساء لتجهيز العروس."
                ),
                "description_fr": (
                    "Ghassoul pétri avec une infusion de sept plantes aromatiques, dont lavande, myrte, thym et écorce "
                    "d'orange, puis séché en petits morceaux. Une recette transmise de mère en fille pour la "
                    "préparation des mariées."
                ),
                "description_en": (
                    "Ghassoul kneaded with an infusion of seven aromatic plants, including lavender, myrtle, thyme and "
                    "orange peel, then dried in small pieces. A recipe passed down among women to prepare brides."
                ),
                "unit": "250 g",
                "price_mad": 40,
                "weight_g": 280,
                "stock": 58,
            },
            {
                "key": "ghassoul-stones-500g",
                "name_ar": "غاسول حجري طبيعي",
                "name_fr": "Ghassoul en pierres",
                "name_en": "Ghassoul stones",
                "description_ar": (
                    "قطع الغاسول في حالتها الطبيعية كما تخرج من المنجم بعد التجفيف. تُنقع في الماء ساعة قبل الاستعمال "
                    "لتتحول إلى عجينة ناعمة."
                ),
                "description_fr": (
                    "Des morceaux de ghassoul à l'état brut, tels qu'ils sortent de la mine après séchage. À faire "
                    "tremper une heure dans l'eau pour obtenir une pâte onctueuse."
                ),
                "description_en": (
                    "Raw ghassoul chunks just as they come from the mine after drying. Soak in water for an hour to "
                    "turn them into a smooth paste."
                ),
                "unit": "500 g",
                "price_mad": 35,
                "weight_g": 540,
                "stock": 23,
            },
            {
                "key": "ghassoul-rose-200g",
                "name_ar": "غاسول بالورد",
                "name_fr": "Ghassoul à la rose",
                "name_en": "Rose ghassoul",
                "description_ar": (
                    "غاسول ناعم ممزوج بمسحوق الورد المجفف، يُستعمل قناعاً للوجه مرة في الأسبوع. يُترك عشر دقائق ثم يُشطف "
                    "بالماء الفاتر."
                ),
                "description_fr": (
                    "Ghassoul fin mélangé à de la poudre de roses séchées, en masque visage une fois par semaine. "
                    "Laisser poser dix minutes puis rincer à l'eau tiède."
                ),
                "description_en": (
                    "Fine ghassoul blended with powdered dried roses, for a weekly face mask. Leave on for ten "
                    "minutes, then rinse with lukewarm water."
                ),
                "unit": "200 g",
                "price_mad": 38,
                "weight_g": 230,
                "stock": 41,
            },
            {
                "key": "hammam-gift-set",
                "name_ar": "طقم الحمام المغربي",
                "name_fr": "Coffret hammam marocain",
                "name_en": "Moroccan hammam gift set",
                "description_ar": (
                    "علبة تجمع الصابون البلدي والغاسول وكيس الحمام وماء الورد وزيت أركان، مع شرح لخطوات الحمام "
                    "التقليدي. هدية يفضلها الزوار."
                ),
                "description_fr": (
                    "Un coffret réunissant savon noir, ghassoul, gant kessa, eau de rose et huile d'argan, avec les "
                    "étapes du rituel du hammam. Un cadeau apprécié des visiteurs."
                ),
                "description_en": (
                    "A box bringing together black soap, ghassoul, a kessa mitt, rose water and argan oil, with "
                    "instructions for the traditional hammam ritual. A favourite gift for visitors."
                ),
                "unit": "1 pc",
                "price_mad": 150,
                "weight_g": 900,
                "stock": 2,
            },
        ],
    },
    "carpets": {
        "category": "carpets-textiles",
        "hue": 355,
        "shape": "rug",
        "products": [
            {
                "key": "rug-beni-ouarain-170x240",
                "name_ar": "زربية بني وراين",
                "name_fr": "Tapis Beni Ouarain",
                "name_en": "Beni Ouarain rug",
                "description_ar": (
                    "زربية من صوف الغنم الأبيض الطبيعي غير المصبوغ، تزينها معينات بنية أو سوداء. تنسجها النساء على "
                    "المنسج العمودي في أكثر من شهرين، وصوفها الكثيف يمنح الدفء في الشتاء."
                ),
                "description_fr": (
                    "Un tapis en laine de mouton blanche naturelle, non teinte, orné de losanges bruns ou noirs. Tissé "
                    "par les femmes sur métier vertical en plus de deux mois, son velours épais apporte de la chaleur "
                    "en hiver."
                ),
                "description_en": (
                    "A rug of natural, undyed white sheep's wool with brown or black diamond patterns. Women weave it "
                    "on an upright loom over more than two months, and its thick pile is warm underfoot in winter."
                ),
                "unit": "170 × 240 cm",
                "price_mad": 4800,
                "weight_g": 9000,
                "stock": 4,
            },
            {
                "key": "rug-beni-ouarain-80x150",
                "name_ar": "زربية بني وراين صغيرة",
                "name_fr": "Petit tapis Beni Ouarain",
                "name_en": "Small Beni Ouarain rug",
                "description_ar": (
                    "الحجم الصغير من زربية بني وراين، مناسب لجانب السرير أو المدخل. كل قطعة فريدة، والرسوم من اختيار "
                    "النساجة."
                ),
                "description_fr": (
                    "Le petit format du tapis Beni Ouarain, idéal en descente de lit ou dans une entrée. Chaque pièce "
                    "est unique, les motifs étant choisis par la tisserande."
                ),
                "description_en": (
                    "The small version of the Beni Ouarain rug, ideal by the bed or in a hallway. Each piece is "
                    "unique, with motifs chosen by the weaver."
                ),
                "unit": "80 × 150 cm",
                "price_mad": 1600,
                "weight_g": 3000,
                "stock": 9,
            },
            {
                "key": "rug-azilal-150x230",
                "name_ar": "زربية أزيلال",
                "name_fr": "Tapis d'Azilal",
                "name_en": "Azilal rug",
                "description_ar": (
                    "زربية بأرضية بيضاء تزينها رموز أمازيغية بألوان زاهية من الأحمر والبرتقالي والأزرق. تروي كل زربية "
                    "قصة نساجتها من خلال رموزها."
                ),
                "description_fr": (
                    "Un fond blanc orné de symboles amazighs aux couleurs vives, rouge, orange et bleu. Chaque tapis "
                    "raconte, par ses signes, l'histoire de sa tisserande."
                ),
                "description_en": (
                    "A white ground decorated with brightly coloured Amazigh symbols in red, orange and blue. Through "
                    "its signs, each rug tells the story of its weaver."
                ),
                "unit": "150 × 230 cm",
                "price_mad": 3900,
                "weight_g": 7000,
                "stock": 3,
            },
            {
                "key": "rug-boucherouite-120x180",
                "name_ar": "زربية البوشرويط",
                "name_fr": "Tapis Boucherouite",
                "name_en": "Boucherouite rag rug",
                "description_ar": (
                    "زربية تُنسج من بقايا الأقمشة والملابس القديمة المقطعة إلى شرائط، في تقليد قديم لإعادة التدوير. "
                    "ألوانها مبهجة وغسلها سهل."
                ),
                "description_fr": (
                    "Un tapis tissé à partir de chutes de tissus et de vieux vêtements découpés en bandes, selon une "
                    "vieille tradition de recyclage. Couleurs joyeuses, entretien facile."
                ),
                "description_en": (
                    "A rug woven from fabric offcuts and old clothes cut into strips, an age-old recycling tradition. "
                    "Cheerful colours and easy to wash."
                ),
                "unit": "120 × 180 cm",
                "price_mad": 1200,
                "weight_g": 3500,
                "stock": 14,
            },
            {
                "key": "hanbel-kilim-140x200",
                "name_ar": "حنبل منسوج",
                "name_fr": "Hanbel tissé à plat",
                "name_en": "Flat-woven hanbel (kilim)",
                "description_ar": (
                    "حنبل مسطح النسج بخطوط هندسية حمراء وسوداء على طريقة قبائل زمور وزيان، أخف من الزربية ويصلح غطاءً "
                    "أو فراشاً. يُنسج من صوف مصبوغ بأصباغ نباتية."
                ),
                "description_fr": (
                    "Un hanbel tissé à plat, aux bandes géométriques rouges et noires à la manière des Zemmour et des "
                    "Zaïane, plus léger qu'un tapis et utilisable en couverture ou au sol. Laine teinte aux colorants "
                    "végétaux."
                ),
                "description_en": (
                    "A flat-woven hanbel with red and black geometric bands in the Zemmour and Zayane style, lighter "
                    "than a pile rug and usable as a blanket or floor covering. Wool dyed with plant colours."
                ),
                "unit": "140 × 200 cm",
                "price_mad": 1800,
                "weight_g": 3200,
                "stock": 11,
            },
            {
                "key": "rug-taznakht-150x250",
                "name_ar": "زربية تازناخت",
                "name_fr": "Tapis de Taznakht",
                "name_en": "Taznakht rug",
                "description_ar": (
                    "زربية على طريقة نساجات تازناخت، بألوان دافئة مستخرجة من الحناء والفوة وقشر الرمان، ورسوم هندسية "
                    "دقيقة. تشتهر بكثافة عقدها ومتانتها."
                ),
                "description_fr": (
                    "Un tapis dans la tradition des tisserandes de Taznakht, aux couleurs chaudes tirées du henné, de "
                    "la garance et de l'écorce de grenade, aux motifs géométriques précis. Réputé pour la densité de "
                    "ses nœuds et sa solidité."
                ),
                "description_en": (
                    "A rug in the tradition of the Taznakht weavers, in warm colours obtained from henna, madder and "
                    "pomegranate peel, with precise geometric patterns. Known for its dense knotting and durability."
                ),
                "unit": "150 × 250 cm",
                "price_mad": 4200,
                "weight_g": 7500,
                "stock": 0,
            },
            {
                "key": "kilim-cushion-cover-50x50",
                "name_ar": "غطاء وسادة من الحنبل",
                "name_fr": "Housse de coussin en kilim",
                "name_en": "Kilim cushion cover",
                "description_ar": (
                    "غطاء وسادة يُنسج على المنسج نفسه من بقايا صوف الزرابي، ويُغلق بسحّاب في الخلف. يضفي لمسة مغربية على "
                    "الصالون."
                ),
                "description_fr": (
                    "Housse tissée sur le même métier à partir des restes de laine des tapis, fermée par une fermeture "
                    "éclair au dos. Une touche marocaine pour le salon."
                ),
                "description_en": (
                    "A cover woven on the same loom from leftover rug wool, with a zip at the back. Adds a Moroccan "
                    "touch to any living room."
                ),
                "unit": "50 × 50 cm",
                "price_mad": 250,
                "weight_g": 400,
                "stock": 66,
            },
        ],
    },
    "pottery": {
        "category": "pottery-ceramics",
        "hue": 215,
        "shape": "bowl",
        "products": [
            {
                "key": "tagine-safi-painted",
                "name_ar": "طاجين آسفي المزخرف",
                "name_fr": "Tajine décoré de Safi",
                "name_en": "Decorated Safi tagine",
                "description_ar": (
                    "طاجين للتقديم من طين آسفي الأحمر، مزخرف يدوياً بنقوش زرقاء وخضراء ومطلي بطبقة لامعة. قطره ثلاثون "
                    "سنتيمتراً، وهو مخصص للتقديم لا للطهي."
                ),
                "description_fr": (
                    "Un tajine de service en argile rouge de Safi, peint à la main de motifs bleus et verts et "
                    "émaillé. Trente centimètres de diamètre ; réservé au service, non à la cuisson."
                ),
                "description_en": (
                    "A serving tagine in Safi red clay, hand-painted with blue and green patterns and glazed. Thirty "
                    "centimetres across; for serving, not for cooking."
                ),
                "unit": "1 pc",
                "price_mad": 260,
                "weight_g": 2200,
                "stock": 19,
            },
            {
                "key": "safi-serving-plate-35cm",
                "name_ar": "صحن آسفي الكبير",
                "name_fr": "Grand plat de Safi",
                "name_en": "Large Safi serving plate",
                "description_ar": (
                    "صحن كبير بقطر خمسة وثلاثين سنتيمتراً، تُرسم عليه بالفرشاة زخرفة نباتية قبل الطهي الثاني في فرن "
                    "الحطب. يُعلَّق على الحائط أو يُستعمل لتقديم الكسكس."
                ),
                "description_fr": (
                    "Un grand plat de trente-cinq centimètres, décoré au pinceau d'un motif floral avant la seconde "
                    "cuisson au four à bois. À accrocher au mur ou pour servir le couscous."
                ),
                "description_en": (
                    "A large 35 cm plate brush-painted with a floral pattern before its second firing in a wood kiln. "
                    "Hang it on the wall or use it to serve couscous."
                ),
                "unit": "1 pc",
                "price_mad": 220,
                "weight_g": 2000,
                "stock": 26,
            },
            {
                "key": "fes-blue-bowl",
                "name_ar": "وعاء فاس الأزرق",
                "name_fr": "Bol bleu de Fès",
                "name_en": "Fès blue bowl",
                "description_ar": (
                    "وعاء من خزف فاس الأبيض بنقوش زرقاء كوبالتية، وهي الزخرفة التي اشتهر بها حرفيو المدينة منذ قرون. "
                    "مناسب للحريرة والسلطات."
                ),
                "description_fr": (
                    "Un bol en faïence blanche de Fès aux motifs bleu cobalt, le décor qui a fait la renommée des "
                    "artisans de la ville depuis des siècles. Pour la harira ou les salades."
                ),
                "description_en": (
                    "A bowl of white Fès earthenware with cobalt blue motifs, the decoration that has made the city's "
                    "craftsmen famous for centuries. For harira or salads."
                ),
                "unit": "1 pc",
                "price_mad": 150,
                "weight_g": 700,
                "stock": 43,
            },
            {
                "key": "fes-blue-plate-30cm",
                "name_ar": "صحن فاس الأزرق",
                "name_fr": "Assiette bleue de Fès",
                "name_en": "Fès blue plate",
                "description_ar": (
                    "صحن بقطر ثلاثين سنتيمتراً برسم نجمي مستوحى من الزليج، يرسمه المعلم يدوياً بالفرشاة قبل الطهي. يحمل "
                    "كل صحن توقيع الحرفي."
                ),
                "description_fr": (
                    "Une assiette de trente centimètres au décor étoilé inspiré du zellige, peinte à main levée par le "
                    "maâlem avant cuisson. Chaque pièce porte la signature de l'artisan."
                ),
                "description_en": (
                    "A 30 cm plate with a star pattern inspired by zellige, painted freehand by the master craftsman "
                    "before firing. Each piece bears the maker's signature."
                ),
                "unit": "1 pc",
                "price_mad": 280,
                "weight_g": 1500,
                "stock": 15,
            },
            {
                "key": "tamegroute-green-bowl",
                "name_ar": "وعاء تمكروت الأخضر",
                "name_fr": "Bol vert de Tamegroute",
                "name_en": "Tamegroute green bowl",
                "description_ar": (
                    "يتميز خزف تمكروت بطلائه الأخضر غير المنتظم المحضر من النحاس والمنغنيز، ويُطهى في أفران جماعية تُوقد "
                    "بسعف النخيل. لا تتشابه قطعتان أبداً."
                ),
                "description_fr": (
                    "La céramique de Tamegroute se reconnaît à son émail vert irrégulier à base de cuivre et de "
                    "manganèse, cuite dans des fours collectifs alimentés aux palmes. Jamais deux pièces identiques."
                ),
                "description_en": (
                    "Tamegroute pottery is known for its uneven green glaze made from copper and manganese, fired in "
                    "communal kilns fuelled with palm fronds. No two pieces are ever alike."
                ),
                "unit": "1 pc",
                "price_mad": 130,
                "weight_g": 650,
                "stock": 37,
            },
            {
                "key": "tamegroute-green-vase",
                "name_ar": "مزهرية تمكروت الخضراء",
                "name_fr": "Vase vert de Tamegroute",
                "name_en": "Tamegroute green vase",
                "description_ar": (
                    "مزهرية مشكّلة على الدولاب من طين وادي درعة، بطلاء أخضر لامع تسيل قطراته بشكل طبيعي. يبلغ ارتفاعها "
                    "نحو خمسة وعشرين سنتيمتراً."
                ),
                "description_fr": (
                    "Un vase tourné avec l'argile de la vallée du Drâa, à l'émail vert brillant aux coulures "
                    "naturelles. Environ vingt-cinq centimètres de haut."
                ),
                "description_en": (
                    "A wheel-thrown vase in Draa valley clay, with a glossy green glaze that runs naturally. About "
                    "twenty-five centimetres tall."
                ),
                "unit": "1 pc",
                "price_mad": 240,
                "weight_g": 1300,
                "stock": 8,
            },
            {
                "key": "cooking-tagine-clay",
                "name_ar": "طاجين الطهي من الطين",
                "name_fr": "Tajine de cuisson en terre",
                "name_en": "Clay cooking tagine",
                "description_ar": (
                    "طاجين غير مطلي يصلح للطهي على الفحم أو على الغاز مع موزع للحرارة. يُنقع في الماء ويُدهن بالزيت قبل "
                    "استعماله لأول مرة."
                ),
                "description_fr": (
                    "Un tajine non émaillé pour la cuisson sur braise ou au gaz avec un diffuseur. À faire tremper "
                    "dans l'eau et à huiler avant la première utilisation."
                ),
                "description_en": (
                    "An unglazed tagine for cooking over charcoal or on gas with a heat diffuser. Soak it in water and "
                    "rub it with oil before first use."
                ),
                "unit": "1 pc",
                "price_mad": 90,
                "weight_g": 2500,
                "stock": 52,
            },
        ],
    },
    "leather": {
        "category": "leather",
        "hue": 34,
        "shape": "bag",
        "products": [
            {
                "key": "babouches-yellow",
                "name_ar": "بلغة صفراء تقليدية",
                "name_fr": "Babouches jaunes traditionnelles",
                "name_en": "Traditional yellow babouche slippers",
                "description_ar": (
                    "زوج من البلاغي الصفراء المصنوعة من جلد الماعز المدبوغ بالطريقة التقليدية، بنعل مخيط يدوياً. متوفرة "
                    "بمقاسات من 36 إلى 45."
                ),
                "description_fr": (
                    "Une paire de babouches jaunes en cuir de chèvre au tannage traditionnel, à semelle cousue main. "
                    "Disponibles du 36 au 45."
                ),
                "description_en": (
                    "A pair of yellow babouches in traditionally tanned goatskin, with hand-stitched soles. Available "
                    "in sizes 36 to 45."
                ),
                "unit": "1 pc",
                "price_mad": 180,
                "weight_g": 600,
                "stock": 48,
            },
            {
                "key": "babouches-embroidered-women",
                "name_ar": "بلغة نسائية مطرزة",
                "name_fr": "Babouches brodées pour femme",
                "name_en": "Embroidered women's babouche slippers",
                "description_ar": (
                    "بلغة بمقدمة مستديرة مطرزة بخيوط الحرير اللامعة، تُلبس مع القفطان في المناسبات. تطرز الحرفية "
                    "الواحدة كل زوج في يومين تقريباً."
                ),
                "description_fr": (
                    "Des babouches à bout rond brodées de fils de soie brillants, à porter avec le caftan lors des "
                    "fêtes. Une brodeuse met environ deux jours pour chaque paire."
                ),
                "description_en": (
                    "Round-toed babouches embroidered with shiny silk thread, worn with a kaftan on festive occasions. "
                    "One embroiderer spends about two days on each pair."
                ),
                "unit": "1 pc",
                "price_mad": 220,
                "weight_g": 550,
                "stock": 31,
            },
            {
                "key": "leather-pouf-embroidered",
                "name_ar": "بوف جلدي مطرز",
                "name_fr": "Pouf en cuir brodé",
                "name_en": "Embroidered leather pouf",
                "description_ar": (
                    "بوف من الجلد الطبيعي مخيط ومطرز يدوياً، يُرسل فارغاً لتسهيل شحنه ويُحشى بالقماش أو القطن عند وصوله. "
                    "قطره نحو خمسين سنتيمتراً."
                ),
                "description_fr": (
                    "Un pouf en cuir naturel cousu et brodé main, livré vide pour faciliter l'envoi et à garnir de "
                    "tissus ou de coton à réception. Environ cinquante centimètres de diamètre."
                ),
                "description_en": (
                    "A natural leather pouf, hand-stitched and embroidered, shipped unstuffed for easier delivery; "
                    "fill it with fabric or cotton on arrival. About fifty centimetres across."
                ),
                "unit": "1 pc",
                "price_mad": 450,
                "weight_g": 1800,
                "stock": 13,
            },
            {
                "key": "leather-shoulder-bag",
                "name_ar": "حقيبة كتف من الجلد",
                "name_fr": "Sac à bandoulière en cuir",
                "name_en": "Leather shoulder bag",
                "description_ar": (
                    "حقيبة من جلد البقر المدبوغ نباتياً، تُقص وتُخاط يدوياً في ورشة التعاونية. يزداد لونها جمالاً مع مرور "
                    "الوقت."
                ),
                "description_fr": (
                    "Un sac en cuir de vachette au tannage végétal, coupé et cousu main dans l'atelier de la "
                    "coopérative. Sa couleur se patine joliment avec le temps."
                ),
                "description_en": (
                    "A bag of vegetable-tanned cowhide, cut and sewn by hand in the cooperative's workshop. Its colour "
                    "develops a lovely patina over time."
                ),
                "unit": "1 pc",
                "price_mad": 650,
                "weight_g": 900,
                "stock": 7,
            },
            {
                "key": "leather-wallet",
                "name_ar": "محفظة جلدية",
                "name_fr": "Portefeuille en cuir",
                "name_en": "Leather wallet",
                "description_ar": "محفظة من جلد الماعز بأقسام للبطاقات والأوراق النقدية، مزينة بنقش محفور بالحرارة.",
                "description_fr": (
                    "Un portefeuille en cuir de chèvre avec compartiments pour cartes et billets, orné d'un motif "
                    "gravé à chaud."
                ),
                "description_en": (
                    "A goatskin wallet with slots for cards and banknotes, decorated with a heat-embossed pattern."
                ),
                "unit": "1 pc",
                "price_mad": 150,
                "weight_g": 150,
                "stock": 56,
            },
            {
                "key": "sahrawi-leather-cushion",
                "name_ar": "وسادة جلدية صحراوية",
                "name_fr": "Coussin sahraoui en cuir",
                "name_en": "Sahrawi leather cushion",
                "description_ar": (
                    "وسادة من جلد الماعز مزينة بزخارف صحراوية ملونة مرسومة ومخرّمة يدوياً، كانت ترافق الرحل في خيامهم. "
                    "تُحشى بالصوف أو القطن."
                ),
                "description_fr": (
                    "Un coussin en cuir de chèvre orné de motifs sahraouis colorés, peints et ajourés à la main, "
                    "compagnon traditionnel des tentes nomades. À garnir de laine ou de coton."
                ),
                "description_en": (
                    "A goatskin cushion decorated with colourful Sahrawi motifs, painted and cut out by hand, a "
                    "traditional fixture of nomad tents. Stuff with wool or cotton."
                ),
                "unit": "1 pc",
                "price_mad": 380,
                "weight_g": 1200,
                "stock": 2,
            },
        ],
    },
    "cedar-crafts": {
        "category": "wood-crafts",
        "hue": 25,
        "shape": "box",
        "products": [
            {
                "key": "cedar-jewellery-box",
                "name_ar": "علبة مجوهرات من خشب الأرز",
                "name_fr": "Boîte à bijoux en cèdre",
                "name_en": "Cedar jewellery box",
                "description_ar": (
                    "علبة منحوتة يدوياً من خشب أرز الأطلس، برائحة طبيعية تُبعد العث. يزين غطاءها نقش هندسي مستوحى من "
                    "أبواب المدن العتيقة."
                ),
                "description_fr": (
                    "Une boîte sculptée à la main dans le cèdre de l'Atlas, dont le parfum naturel éloigne les mites. "
                    "Son couvercle porte des motifs géométriques inspirés des portes des médinas."
                ),
                "description_en": (
                    "A box hand-carved from Atlas cedar, whose natural scent keeps moths away. The lid features "
                    "geometric patterns inspired by old medina doors."
                ),
                "unit": "1 pc",
                "price_mad": 180,
                "weight_g": 600,
                "stock": 34,
            },
            {
                "key": "cedar-carved-mirror",
                "name_ar": "مرآة بإطار من خشب الأرز المنحوت",
                "name_fr": "Miroir à cadre en cèdre sculpté",
                "name_en": "Carved cedar mirror",
                "description_ar": (
                    "مرآة بإطار منحوت يدوياً بزخارف نباتية وهندسية، على طريقة النجارين التقليديين في أزرو. تُعلَّق في "
                    "المدخل أو في الصالون."
                ),
                "description_fr": (
                    "Un miroir au cadre sculpté à la main de motifs floraux et géométriques, à la manière des "
                    "menuisiers traditionnels d'Azrou. Pour une entrée ou un salon."
                ),
                "description_en": (
                    "A mirror with a frame hand-carved in floral and geometric patterns, in the style of Azrou's "
                    "traditional woodworkers. For a hallway or living room."
                ),
                "unit": "1 pc",
                "price_mad": 480,
                "weight_g": 2500,
                "stock": 6,
            },
            {
                "key": "cedar-spice-box",
                "name_ar": "علبة توابل من خشب الأرز",
                "name_fr": "Boîte à épices en cèdre",
                "name_en": "Cedar spice box",
                "description_ar": (
                    "علبة بستة أقسام وغطاء منزلق، يُحفظ فيها الكمون والفلفل والزعفران بعيداً عن الرطوبة. لا يحتاج خشب "
                    "الأرز إلى أي طلاء."
                ),
                "description_fr": (
                    "Une boîte à six compartiments et couvercle coulissant pour garder cumin, poivre et safran à "
                    "l'abri de l'humidité. Le cèdre ne nécessite aucun vernis."
                ),
                "description_en": (
                    "A six-compartment box with a sliding lid to keep cumin, pepper and saffron dry. Cedar needs no "
                    "varnish."
                ),
                "unit": "1 pc",
                "price_mad": 160,
                "weight_g": 900,
                "stock": 21,
            },
            {
                "key": "cedar-coasters-6pcs",
                "name_ar": "قواعد أكواب من خشب الأرز",
                "name_fr": "Dessous de verre en cèdre",
                "name_en": "Cedar coaster set",
                "description_ar": (
                    "ست قواعد دائرية محفورة بنجمة ثمانية، مناسبة لكؤوس الشاي المغربي. تُصنع من بقايا الخشب في الورشة."
                ),
                "description_fr": (
                    "Six dessous de verre ronds gravés d'une étoile à huit branches, parfaits pour les verres à thé. "
                    "Fabriqués à partir des chutes de bois de l'atelier."
                ),
                "description_en": (
                    "Six round coasters engraved with an eight-pointed star, just right for Moroccan tea glasses. Made "
                    "from the workshop's wood offcuts."
                ),
                "unit": "6 pcs",
                "price_mad": 80,
                "weight_g": 300,
                "stock": 67,
            },
            {
                "key": "cedar-wall-shelf",
                "name_ar": "رف حائطي من خشب الأرز المنحوت",
                "name_fr": "Étagère murale en cèdre sculpté",
                "name_en": "Carved cedar wall shelf",
                "description_ar": (
                    "رف يعلوه قوس مغربي منحوت، لعرض كؤوس الشاي أو الأواني الفخارية. يُسلَّم مع أدوات التثبيت."
                ),
                "description_fr": (
                    "Une étagère surmontée d'un arc marocain sculpté, pour exposer verres à thé ou poteries. Livrée "
                    "avec sa visserie."
                ),
                "description_en": (
                    "A shelf topped with a carved Moroccan arch, for displaying tea glasses or pottery. Supplied with "
                    "fixings."
                ),
                "unit": "1 pc",
                "price_mad": 350,
                "weight_g": 3000,
                "stock": 10,
            },
            {
                "key": "cedar-shavings-sachets",
                "name_ar": "أكياس نشارة الأرز المعطرة",
                "name_fr": "Sachets de copeaux de cèdre",
                "name_en": "Cedar shaving sachets",
                "description_ar": (
                    "أكياس من القماش مملوءة بنشارة خشب الأرز، توضع في الخزائن والأدراج لتعطير الملابس وحمايتها من العث "
                    "بطريقة طبيعية."
                ),
                "description_fr": (
                    "Des sachets en tissu remplis de copeaux de cèdre à glisser dans les armoires et les tiroirs pour "
                    "parfumer le linge et le protéger naturellement des mites."
                ),
                "description_en": (
                    "Cloth sachets filled with cedar shavings to tuck into wardrobes and drawers, scenting clothes and "
                    "keeping moths away naturally."
                ),
                "unit": "4 pcs",
                "price_mad": 45,
                "weight_g": 150,
                "stock": 88,
            },
        ],
    },
    "thuya-crafts": {
        "category": "wood-crafts",
        "hue": 18,
        "shape": "box",
        "products": [
            {
                "key": "thuya-inlaid-jewellery-box",
                "name_ar": "علبة مجوهرات من العرعار المرصع",
                "name_fr": "Coffret à bijoux en thuya marqueté",
                "name_en": "Inlaid thuya jewellery box",
                "description_ar": (
                    "علبة من جذور العرعار، مرصعة بخشب الليمون والصدف وفق فن الترصيع الذي تشتهر به الصويرة. تُصقل بشمع "
                    "النحل لإبراز عروق الخشب."
                ),
                "description_fr": (
                    "Un coffret en loupe de thuya marqueté de bois de citronnier et de nacre, selon l'art de la "
                    "marqueterie qui a fait la réputation d'Essaouira. Poli à la cire d'abeille pour révéler les "
                    "veines du bois."
                ),
                "description_en": (
                    "A box made from thuya burl, inlaid with lemonwood and mother-of-pearl in the marquetry tradition "
                    "Essaouira is famous for. Polished with beeswax to bring out the grain."
                ),
                "unit": "1 pc",
                "price_mad": 260,
                "weight_g": 700,
                "stock": 28,
            },
            {
                "key": "thuya-chess-set",
                "name_ar": "رقعة شطرنج من العرعار",
                "name_fr": "Jeu d'échecs en thuya",
                "name_en": "Thuya chess set",
                "description_ar": (
                    "رقعة شطرنج مرصعة بمربعات من العرعار وخشب الليمون، مع قطع مخروطة يدوياً. تُطوى الرقعة لتصبح علبة "
                    "لحفظ القطع."
                ),
                "description_fr": (
                    "Un échiquier marqueté de cases en thuya et en citronnier, avec des pièces tournées à la main. Il "
                    "se replie pour devenir le coffret de rangement des pièces."
                ),
                "description_en": (
                    "A chessboard inlaid with squares of thuya and lemonwood, with hand-turned pieces. It folds to "
                    "become the storage box for the pieces."
                ),
                "unit": "1 pc",
                "price_mad": 950,
                "weight_g": 2800,
                "stock": 1,
            },
            {
                "key": "thuya-root-bowl",
                "name_ar": "وعاء من جذر العرعار",
                "name_fr": "Bol en racine de thuya",
                "name_en": "Thuya root bowl",
                "description_ar": (
                    "وعاء مخروط من قطعة واحدة من جذر العرعار، تبرز فيه عروق الخشب الداكنة. للزينة أو لتقديم الفواكه "
                    "الجافة، ولا يُغسل في غسالة الأواني."
                ),
                "description_fr": (
                    "Un bol tourné dans un seul bloc de racine de thuya, qui met en valeur ses veines sombres. "
                    "Décoratif ou pour servir les fruits secs ; ne va pas au lave-vaisselle."
                ),
                "description_en": (
                    "A bowl turned from a single piece of thuya root, showing off its dark grain. For display or "
                    "serving dried fruit; not dishwasher safe."
                ),
                "unit": "1 pc",
                "price_mad": 190,
                "weight_g": 500,
                "stock": 22,
            },
            {
                "key": "thuya-coasters-6pcs",
                "name_ar": "قواعد أكواب من العرعار",
                "name_fr": "Dessous de verre en thuya",
                "name_en": "Thuya coasters",
                "description_ar": "ست قواعد مستديرة من شرائح جذر العرعار المصقولة، في علبة صغيرة من الخشب نفسه.",
                "description_fr": (
                    "Six dessous de verre ronds taillés dans la loupe de thuya polie, rangés dans une petite boîte du "
                    "même bois."
                ),
                "description_en": (
                    "Six round coasters cut from polished thuya burl, stored in a small box of the same wood."
                ),
                "unit": "6 pcs",
                "price_mad": 150,
                "weight_g": 350,
                "stock": 40,
            },
            {
                "key": "thuya-pen",
                "name_ar": "قلم من خشب العرعار",
                "name_fr": "Stylo en thuya",
                "name_en": "Thuya wood pen",
                "description_ar": (
                    "قلم حبر جاف بجسم مخروط من خشب العرعار، تفوح منه رائحة الخشب الطبيعية. هدية صغيرة وأنيقة."
                ),
                "description_fr": (
                    "Un stylo à bille au corps tourné en thuya, qui dégage le parfum naturel du bois. Un petit cadeau "
                    "élégant."
                ),
                "description_en": (
                    "A ballpoint pen with a hand-turned thuya body that gives off the wood's natural scent. A small, "
                    "elegant gift."
                ),
                "unit": "1 pc",
                "price_mad": 90,
                "weight_g": 80,
                "stock": 75,
            },
            {
                "key": "thuya-serving-tray",
                "name_ar": "صينية تقديم من العرعار",
                "name_fr": "Plateau de service en thuya",
                "name_en": "Thuya serving tray",
                "description_ar": (
                    "صينية مستطيلة بمقبضين، ترصّع وسطها نجمة من خشب الليمون. مناسبة لتقديم الشاي والحلويات."
                ),
                "description_fr": (
                    "Un plateau rectangulaire à deux poignées, orné en son centre d'une étoile marquetée en "
                    "citronnier. Pour servir le thé et les pâtisseries."
                ),
                "description_en": (
                    "A rectangular tray with two handles, its centre inlaid with a lemonwood star. For serving tea and "
                    "pastries."
                ),
                "unit": "1 pc",
                "price_mad": 380,
                "weight_g": 1600,
                "stock": 12,
            },
        ],
    },
}

COOPERATIVES = [
    {
        "slug": "tifaout-argan",
        "name_ar": "تعاونية تيفاوت للأركان",
        "name_fr": "Coopérative Tifaout d'argan",
        "name_en": "Tifaout Argan Cooperative",
        "legal_form": "cooperative",
        "region": "souss-massa",
        "province": "Agadir Ida-Outanane",
        "city": "Tamri",
        "city_ar": "تامري",
        "sector": "oils",
        "families": ["argan-oil", "amlou"],
        "women_led": True,
        "youth": False,
        "members": 64,
        "women_members": 64,
        "founded": 2003,
        "brand_color": "#d4820f",
        "phone": "+212661384207",
        "story_ar": (
            "أسستها نساء دواوير تامري لتثمين ثمار أركان التي كانت تُباع خاماً للوسطاء. تتولى العضوات جمع الثمار وتكسيرها "
            "يدوياً، بينما تضمن معصرة حديثة جودة ثابتة للزيت. وقد مكّن دخل التعاونية كثيراً منهن من متابعة دروس محو "
            "الأمية."
        ),
        "story_fr": (
            "Fondée par les femmes des douars de Tamri pour valoriser les fruits d'argan autrefois vendus bruts aux "
            "intermédiaires. Les membres ramassent et concassent les noix à la main, tandis qu'une presse moderne "
            "garantit une huile de qualité constante. Les revenus de la coopérative ont permis à beaucoup d'entre "
            "elles de suivre des cours d'alphabétisation."
        ),
        "story_en": (
            "Founded by women from the villages around Tamri to add value to argan fruit that used to be sold raw to "
            "middlemen. Members gather and crack the nuts by hand, while a modern press ensures oil of consistent "
            "quality. The cooperative's income has allowed many of them to attend literacy classes."
        ),
    },
    {
        "slug": "tagmat-argan-cosmetics",
        "name_ar": "تعاونية تاكمات لمستحضرات الأركان",
        "name_fr": "Coopérative Tagmat de cosmétiques à l'argan",
        "name_en": "Tagmat Argan Cosmetics Cooperative",
        "legal_form": "cooperative",
        "region": "souss-massa",
        "province": "Taroudant",
        "city": "Taroudant",
        "city_ar": "تارودانت",
        "sector": "cosmetics",
        "families": ["argan-cosmetics", "argan-oil"],
        "women_led": True,
        "youth": False,
        "members": 38,
        "women_members": 38,
        "founded": 2012,
        "brand_color": "#b8336a",
        "phone": "+212662915430",
        "story_ar": (
            "تاكمات تعني الأخوّة بالأمازيغية، وهو الاسم الذي اختارته ثمانٍ وثلاثون امرأة من ضواحي تارودانت لتعاونيتهن. "
            "بعد سنوات من إنتاج الزيت، أنشأت التعاونية مختبراً صغيراً لتحضير الكريمات والصابون بمساعدة صيدلانية متطوعة."
        ),
        "story_fr": (
            "Tagmat signifie « fraternité » en amazigh : c'est le nom que trente-huit femmes des environs de Taroudant "
            "ont choisi pour leur coopérative. Après des années consacrées à l'huile, elles ont ouvert a small "
            "laboratory to make creams and soaps, with help from a volunteer pharmacist."
        ),
        "story_en": (
            "Tagmat means 'fellowship' in Amazigh, the name thirty-eight women from around Taroudant chose for their "
            "cooperative. After years of producing oil, they opened a small laboratory to make creams and soaps, with "
            "help from a volunteer pharmacist."
        ),
    },
    {
        "slug": "azaghar-saffron",
        "name_ar": "تعاونية أزغار للزعفران",
        "name_fr": "Coopérative Azaghar du safran",
        "name_en": "Azaghar Saffron Cooperative",
        "legal_form": "cooperative",
        "region": "souss-massa",
        "province": "Taroudant",
        "city": "Taliouine",
        "city_ar": "تالوين",
        "sector": "spices-herbs",
        "families": ["saffron"],
        "women_led": True,
        "youth": False,
        "members": 27,
        "women_members": 25,
        "founded": 2007,
        "brand_color": "#c1121f",
        "phone": "+212670248816",
        "story_ar": (
            "تضم التعاونية أسراً من القرى المنتشرة على سفوح جبل سيروا، حيث تُقطف أزهار الزعفران قبل شروق الشمس خلال "
            "أسابيع قليلة من الخريف. تتكفل النساء بفصل المياسم وتجفيفها، وتبيع التعاونية المحصول مباشرة لتضمن للأسر "
            "ثمناً عادلاً."
        ),
        "story_fr": (
            "La coopérative réunit des familles des villages au pied du Siroua, où les fleurs de safran se cueillent "
            "avant le lever du soleil pendant quelques semaines d'automne. Les femmes se chargent de l'émondage et du "
            "séchage des stigmates, et la coopérative vend directement la récolte pour garantir un prix juste aux "
            "familles."
        ),
        "story_en": (
            "The cooperative brings together families from villages at the foot of Mount Siroua, where saffron flowers "
            "are picked before sunrise for a few weeks each autumn. Women separate and dry the stigmas, and the "
            "cooperative sells the harvest directly so families get a fair price."
        ),
    },
    {
        "slug": "ameln-almonds",
        "name_ar": "تعاونية أملن للوز",
        "name_fr": "Coopérative Ameln des amandes",
        "name_en": "Ameln Almond Cooperative",
        "legal_form": "cooperative",
        "region": "souss-massa",
        "province": "Tiznit",
        "city": "Tafraout",
        "city_ar": "تافراوت",
        "sector": "dates-nuts",
        "families": ["almonds-nuts", "amlou"],
        "women_led": False,
        "youth": False,
        "members": 45,
        "women_members": 12,
        "founded": 1998,
        "brand_color": "#e8590c",
        "phone": "+212667502319",
        "story_ar": (
            "في وادي أملن المحاط بالصخور الوردية، يعتني أعضاء التعاونية بأشجار لوز بعلية ورثوها عن أجدادهم. يحتفلون كل "
            "فبراير بموسم إزهار اللوز، ويحولون جزءاً من المحصول إلى أملو تحضره نساء العائلات."
        ),
        "story_fr": (
            "Dans la vallée des Ameln, entourée de rochers roses, les membres entretiennent des amandiers non irrigués "
            "hérités de leurs ancêtres. Ils célèbrent chaque février la floraison des amandiers et transforment une "
            "partie de la récolte en amlou préparé par les femmes des familles."
        ),
        "story_en": (
            "In the Ameln valley, ringed by pink granite, members tend rain-fed almond trees inherited from their "
            "grandparents. Every February they celebrate the almond blossom, and part of the harvest becomes amlou "
            "made by the families' women."
        ),
    },
    {
        "slug": "tagant-honey",
        "name_ar": "تعاونية تاكانت لتربية النحل",
        "name_fr": "Coopérative Tagant d'apiculture",
        "name_en": "Tagant Beekeeping Cooperative",
        "legal_form": "cooperative",
        "region": "souss-massa",
        "province": "Chtouka-Aït Baha",
        "city": "Aït Baha",
        "city_ar": "آيت باها",
        "sector": "honey",
        "families": ["honey"],
        "women_led": False,
        "youth": True,
        "members": 19,
        "women_members": 3,
        "founded": 2016,
        "brand_color": "#f59f00",
        "phone": "+212694117825",
        "story_ar": (
            "أسسها شباب من آيت باها بعد تكوين في تربية النحل، وهم ينقلون خلاياهم بين غابة أركان ومنحدرات الدغموس حسب "
            "مواسم الإزهار. ويساهم الأعضاء أيضاً في صيانة منحل جماعي تقليدي مبني بالطين والحجر."
        ),
        "story_fr": (
            "Fondée par des jeunes d'Aït Baha après une formation en apiculture, la coopérative déplace ses ruches "
            "entre l'arganeraie et les pentes à euphorbe au fil des floraisons. Ses membres participent aussi à "
            "l'entretien d'un rucher collectif traditionnel en pisé et en pierre."
        ),
        "story_en": (
            "Set up by young people from Aït Baha after beekeeping training, the cooperative moves its hives between "
            "the argan forest and the euphorbia slopes as each bloom comes. Members also help maintain a traditional "
            "collective apiary built of rammed earth and stone."
        ),
    },
    {
        "slug": "tamount-argan-union",
        "name_ar": "اتحاد تعاونيات تامونت للأركان",
        "name_fr": "Union Tamount des coopératives d'argan",
        "name_en": "Tamount Union of Argan Cooperatives",
        "legal_form": "union",
        "region": "marrakech-safi",
        "province": "Essaouira",
        "city": "Tamanar",
        "city_ar": "تمنار",
        "sector": "oils",
        "families": ["argan-oil", "argan-cosmetics"],
        "women_led": True,
        "youth": False,
        "members": 112,
        "women_members": 112,
        "founded": 1999,
        "brand_color": "#2b9348",
        "phone": "+212661750294",
        "story_ar": (
            "يجمع الاتحاد ست تعاونيات نسائية من منطقة حاحا، ويتكفل بالتصديق والتسويق بينما تحتفظ كل تعاونية بورشتها. "
            "وكان من أوائل الهيئات في المغرب التي حصلت على شهادة الإنتاج العضوي لزيت أركان."
        ),
        "story_fr": (
            "L'union regroupe six coopératives féminines du pays Haha ; elle assure la certification et la "
            "commercialisation, tandis que chaque coopérative garde son atelier. Elle a été parmi les premières "
            "structures marocaines à obtenir la certification biologique pour l'huile d'argan."
        ),
        "story_en": (
            "The union brings together six women's cooperatives from the Haha country; it handles certification and "
            "marketing while each cooperative keeps its own workshop. It was among the first Moroccan organisations to "
            "obtain organic certification for argan oil."
        ),
    },
    {
        "slug": "mogador-thuya",
        "name_ar": "تعاونية موكادور لخشب العرعار",
        "name_fr": "Coopérative Mogador du thuya",
        "name_en": "Mogador Thuya Woodcraft Cooperative",
        "legal_form": "cooperative",
        "region": "marrakech-safi",
        "province": "Essaouira",
        "city": "Essaouira",
        "city_ar": "الصويرة",
        "sector": "wood-crafts",
        "families": ["thuya-crafts"],
        "women_led": False,
        "youth": False,
        "members": 22,
        "women_members": 4,
        "founded": 2001,
        "brand_color": "#8b4513",
        "phone": "+212668043371",
        "story_ar": (
            "يعمل أعضاؤها في ورشات تحت أسوار المدينة العتيقة، حيث يتوارث الحرفيون فن ترصيع العرعار منذ أجيال. لا "
            "تستعمل التعاونية إلا جذوراً مستخرجة بترخيص من إدارة المياه والغابات، وتشارك كل سنة في غرس شتلات العرعار."
        ),
        "story_fr": (
            "Ses membres travaillent dans les ateliers au pied des remparts de la médina, où l'art de la marqueterie "
            "de thuya se transmet depuis des générations. La coopérative n'utilise que des souches prélevées avec "
            "l'autorisation des Eaux et Forêts et participe chaque année à la plantation de jeunes thuyas."
        ),
        "story_en": (
            "Members work in the workshops beneath the medina ramparts, where thuya marquetry has been handed down for "
            "generations. The cooperative only uses burls harvested under permits from the forestry service and helps "
            "plant young thuya trees every year."
        ),
    },
    {
        "slug": "tell-al-fakharine-safi",
        "name_ar": "تعاونية تل الفخارين",
        "name_fr": "Coopérative Tell Al Fakharine",
        "name_en": "Tell Al Fakharine Pottery Cooperative",
        "legal_form": "cooperative",
        "region": "marrakech-safi",
        "province": "Safi",
        "city": "Safi",
        "city_ar": "آسفي",
        "sector": "pottery-ceramics",
        "families": ["pottery"],
        "women_led": False,
        "youth": False,
        "members": 31,
        "women_members": 6,
        "founded": 1996,
        "brand_color": "#0077b6",
        "phone": "+212665219048",
        "story_ar": (
            "تقع ورشات التعاونية في حي تل الفخارين التاريخي بآسفي، حيث تُشكَّل الأواني على الدولاب وتُطهى في أفران الحطب. "
            "يحرص المعلمون على تكوين متعلمين شباب حتى لا تندثر أسرار الطلاء والزخرفة."
        ),
        "story_fr": (
            "Les ateliers de la coopérative se trouvent sur la colline des potiers de Safi, où les pièces sont "
            "tournées puis cuites au four à bois. Les maîtres artisans forment de jeunes apprentis pour que les "
            "secrets de l'émail et du décor ne se perdent pas."
        ),
        "story_en": (
            "The cooperative's workshops sit on Safi's historic potters' hill, where pieces are thrown on the wheel "
            "and fired in wood kilns. Master potters train young apprentices so the secrets of glazing and decoration "
            "are not lost."
        ),
    },
    {
        "slug": "assif-ourika-herbs",
        "name_ar": "تعاونية أسيف أوريكا للأعشاب العطرية",
        "name_fr": "Coopérative Assif Ourika des plantes aromatiques",
        "name_en": "Assif Ourika Aromatic Herbs Cooperative",
        "legal_form": "cooperative",
        "region": "marrakech-safi",
        "province": "Al Haouz",
        "city": "Ourika",
        "city_ar": "أوريكا",
        "sector": "spices-herbs",
        "families": ["herbs-spices"],
        "women_led": True,
        "youth": False,
        "members": 29,
        "women_members": 29,
        "founded": 2010,
        "brand_color": "#2d6a4f",
        "phone": "+212671936652",
        "story_ar": (
            "تجمع نساء وادي أوريكا الزعتر والشيبة واللويزة من السفوح ومن الحقول الصغيرة المحاذية للوادي. تُجفف الأعشاب "
            "في غرفة مظللة وجيدة التهوية، ثم تُعبأ يدوياً في أكياس ورقية."
        ),
        "story_fr": (
            "Les femmes de la vallée de l'Ourika récoltent thym, chiba et verveine sur les versants et dans les petits "
            "jardins qui bordent l'oued. Les plantes sèchent dans une pièce ombragée et aérée avant d'être ensachées à "
            "la main dans du papier kraft."
        ),
        "story_en": (
            "Women of the Ourika valley gather thyme, wormwood and verbena on the slopes and in the small gardens "
            "along the river. The herbs dry in a shaded, airy room before being packed by hand into paper bags."
        ),
    },
    {
        "slug": "roses-du-mgoun",
        "name_ar": "تعاونية ورود مكونة",
        "name_fr": "Coopérative Roses du M'Goun",
        "name_en": "M'Goun Roses Cooperative",
        "legal_form": "cooperative",
        "region": "draa-tafilalet",
        "province": "Tinghir",
        "city": "Kelâat M'Gouna",
        "city_ar": "قلعة مكونة",
        "sector": "cosmetics",
        "families": ["rose-water"],
        "women_led": True,
        "youth": False,
        "members": 56,
        "women_members": 56,
        "founded": 2005,
        "brand_color": "#e5386d",
        "phone": "+212660482913",
        "story_ar": (
            "تقطف العضوات الورد الدمشقي في الصباح الباكر من السياجات التي تحيط بحقول وادي دادس، ثم يُقطَّر في اليوم نفسه. "
            "وتشارك التعاونية كل سنة في موسم الورود الذي تحتضنه قلعة مكونة في شهر ماي."
        ),
        "story_fr": (
            "Les membres cueillent la rose de Damas à l'aube sur les haies qui bordent les champs de la vallée du "
            "Dadès, puis la distillent le jour même. La coopérative participe chaque année au Moussem des roses de "
            "Kalaat M'Gouna, en mai."
        ),
        "story_en": (
            "Members pick Damask roses at dawn from the hedges bordering the fields of the Dades valley and distil "
            "them the same day. Every May the cooperative takes part in Kalaat M'Gouna's Rose Festival."
        ),
    },
    {
        "slug": "tafilalet-dates-union",
        "name_ar": "اتحاد تعاونيات تافيلالت للتمور",
        "name_fr": "Union Tafilalet des coopératives de dattes",
        "name_en": "Tafilalet Union of Date Cooperatives",
        "legal_form": "union",
        "region": "draa-tafilalet",
        "province": "Errachidia",
        "city": "Erfoud",
        "city_ar": "أرفود",
        "sector": "dates-nuts",
        "families": ["dates"],
        "women_led": False,
        "youth": False,
        "members": 96,
        "women_members": 18,
        "founded": 2009,
        "brand_color": "#9c4a1a",
        "phone": "+212666371580",
        "story_ar": (
            "يضم الاتحاد فلاحين من واحات أرفود والريصاني، ويتوفر على وحدة للتبريد والتلفيف تحافظ على جودة التمور طوال "
            "السنة. وقد ساهم في إعادة غرس آلاف فسائل المجهول بعد الخسائر التي خلّفها مرض البيوض."
        ),
        "story_fr": (
            "L'union réunit des agriculteurs des oasis d'Erfoud et de Rissani et dispose d'une unité de froid et de "
            "conditionnement qui préserve la qualité des dattes toute l'année. Elle a contribué à replanter des "
            "milliers de rejets de Mejhoul après les ravages du bayoud."
        ),
        "story_en": (
            "The union brings together farmers from the Erfoud and Rissani oases and runs a cold-storage and packing "
            "unit that keeps the dates in good condition all year. It has helped replant thousands of Mejhoul "
            "offshoots after the devastation caused by bayoud disease."
        ),
    },
    {
        "slug": "tamegroute-pottery",
        "name_ar": "تعاونية تمكروت للخزف",
        "name_fr": "Coopérative Tamegroute de poterie",
        "name_en": "Tamegroute Pottery Cooperative",
        "legal_form": "cooperative",
        "region": "draa-tafilalet",
        "province": "Zagora",
        "city": "Tamegroute",
        "city_ar": "تمكروت",
        "sector": "pottery-ceramics",
        "families": ["pottery"],
        "women_led": False,
        "youth": False,
        "members": 18,
        "women_members": 2,
        "founded": 2004,
        "brand_color": "#1b7f3a",
        "phone": "+212672604187",
        "story_ar": (
            "يواصل أعضاؤها صناعة الخزف الأخضر المرتبط بالزاوية الناصرية منذ القرن السابع عشر. ويعمل الحرفيون في ورشات "
            "طينية نصف مدفونة تحتفظ ببرودتها في صيف درعة الحار."
        ),
        "story_fr": (
            "Ses membres perpétuent la poterie verte liée à la zaouïa Naciria depuis le XVIIe siècle. Les artisans "
            "travaillent dans des ateliers en terre à demi enterrés, qui restent frais pendant l'été brûlant du Drâa."
        ),
        "story_en": (
            "Its members carry on the green pottery associated with the Nasiriyya zawiya since the seventeenth "
            "century. The potters work in half-buried earthen workshops that stay cool through the Draa's scorching "
            "summers."
        ),
    },
    {
        "slug": "siroua-weavers",
        "name_ar": "تعاونية سيروا للنسيج",
        "name_fr": "Coopérative Siroua de tissage",
        "name_en": "Siroua Weaving Cooperative",
        "legal_form": "cooperative",
        "region": "draa-tafilalet",
        "province": "Ouarzazate",
        "city": "Taznakht",
        "city_ar": "تازناخت",
        "sector": "carpets-textiles",
        "families": ["carpets", "saffron"],
        "women_led": True,
        "youth": False,
        "members": 47,
        "women_members": 47,
        "founded": 2002,
        "brand_color": "#9d0208",
        "phone": "+212663827459",
        "story_ar": (
            "تنسج العضوات زرابي تازناخت الشهيرة بصوف أغنام سيروا، ويصبغنه بأصباغ نباتية كالفوة والحناء والزعفران. كما "
            "تجني بعض الأسر الزعفران في الخريف، فيضمن النسيج والزعفران معاً دخلاً على مدار السنة."
        ),
        "story_fr": (
            "Les membres tissent les célèbres tapis de Taznakht avec la laine des moutons du Siroua, teinte à la "
            "garance, au henné et au safran. Certaines familles récoltent aussi le safran à l'automne : tapis et "
            "safran assurent ainsi un revenu tout au long de l'année."
        ),
        "story_en": (
            "Members weave the famous Taznakht rugs from the wool of Siroua sheep, dyed with madder, henna and "
            "saffron. Some families also harvest saffron in autumn, so rugs and saffron together provide income all "
            "year round."
        ),
    },
    {
        "slug": "alnif-cumin",
        "name_ar": "تعاونية ألنيف للكمون",
        "name_fr": "Coopérative Alnif du cumin",
        "name_en": "Alnif Cumin Cooperative",
        "legal_form": "cooperative",
        "region": "draa-tafilalet",
        "province": "Tinghir",
        "city": "Alnif",
        "city_ar": "ألنيف",
        "sector": "spices-herbs",
        "families": ["herbs-spices"],
        "women_led": False,
        "youth": False,
        "members": 34,
        "women_members": 7,
        "founded": 2011,
        "brand_color": "#bc6c25",
        "phone": "+212669158302",
        "story_ar": (
            "يزرع أعضاؤها الكمون في حقول صغيرة عند سفح جبل صاغرو، معتمدين على أمطار الشتاء القليلة. وقد حصلت التعاونية "
            "على علامة البيان الجغرافي المحمي بعد سنوات من العمل مع الباحثين للتعريف بجودة كمون ألنيف."
        ),
        "story_fr": (
            "Les membres cultivent le cumin sur de petites parcelles au pied du Jbel Saghro, en comptant sur les rares "
            "pluies d'hiver. La coopérative a obtenu l'indication géographique protégée après des années de travail "
            "avec des chercheurs pour faire reconnaître la qualité du cumin d'Alnif."
        ),
        "story_en": (
            "Members grow cumin on small plots at the foot of Jbel Saghro, relying on scant winter rain. After years "
            "of work with researchers to establish the quality of Alnif cumin, the cooperative secured a protected "
            "geographical indication."
        ),
    },
    {
        "slug": "zerqa-fes-faience",
        "name_ar": "تعاونية الزرقاء للخزف الفاسي",
        "name_fr": "Coopérative Zerqa de faïence de Fès",
        "name_en": "Zerqa Fès Faience Cooperative",
        "legal_form": "cooperative",
        "region": "fes-meknes",
        "province": "Fès",
        "city": "Fès",
        "city_ar": "فاس",
        "sector": "pottery-ceramics",
        "families": ["pottery"],
        "women_led": False,
        "youth": False,
        "members": 26,
        "women_members": 8,
        "founded": 1997,
        "brand_color": "#1e40af",
        "phone": "+212661092736",
        "story_ar": (
            "يعمل أعضاؤها في حي الفخارين بعين النقبي، حيث تُرسم الزخارف الزرقاء على الخزف الأبيض بفرشاة من شعر الماعز. "
            "وقد انضمت إلى التعاونية مؤخراً ثماني رسامات شابات جئن بأساليب جديدة مع الحفاظ على النقوش التقليدية."
        ),
        "story_fr": (
            "Ses membres travaillent dans le quartier des potiers d'Aïn Nokbi, où les motifs bleus sont peints sur la "
            "faïence blanche au pinceau en poil de chèvre. Huit jeunes peintres ont récemment rejoint la coopérative, "
            "apportant un style nouveau tout en respectant les décors traditionnels."
        ),
        "story_en": (
            "Members work in the potters' quarter of Aïn Nokbi, where blue motifs are painted on white faience with "
            "goat-hair brushes. Eight young women painters recently joined, bringing a fresh style while respecting "
            "traditional designs."
        ),
    },
    {
        "slug": "chouara-leather",
        "name_ar": "تعاونية الشوارة للجلد",
        "name_fr": "Coopérative Chouara du cuir",
        "name_en": "Chouara Leather Cooperative",
        "legal_form": "cooperative",
        "region": "fes-meknes",
        "province": "Fès",
        "city": "Fès",
        "city_ar": "فاس",
        "sector": "leather",
        "families": ["leather"],
        "women_led": False,
        "youth": True,
        "members": 24,
        "women_members": 5,
        "founded": 2018,
        "brand_color": "#ca8a04",
        "phone": "+212676430951",
        "story_ar": (
            "أسسها حرفيون شباب تعلموا الصنعة في دار الدباغة الشوارة وفي ورشات البلاغجية بالمدينة العتيقة. يستعملون "
            "جلوداً مدبوغة بالطرق التقليدية، ويبيعون منتجاتهم مباشرة دون وسطاء."
        ),
        "story_fr": (
            "Fondée par de jeunes artisans formés à la tannerie Chouara et dans les ateliers de babouchiers de la "
            "médina. Ils utilisent des peaux tannées selon les méthodes traditionnelles et vendent en direct, sans "
            "intermédiaires."
        ),
        "story_en": (
            "Founded by young artisans trained at the Chouara tannery and in the medina's babouche workshops. They use "
            "hides tanned by traditional methods and sell directly, cutting out middlemen."
        ),
    },
    {
        "slug": "azrou-cedar",
        "name_ar": "تعاونية أرز أزرو للنجارة",
        "name_fr": "Coopérative Cèdre d'Azrou",
        "name_en": "Azrou Cedar Woodcraft Cooperative",
        "legal_form": "cooperative",
        "region": "fes-meknes",
        "province": "Ifrane",
        "city": "Azrou",
        "city_ar": "أزرو",
        "sector": "wood-crafts",
        "families": ["cedar-crafts"],
        "women_led": False,
        "youth": False,
        "members": 16,
        "women_members": 3,
        "founded": 2000,
        "brand_color": "#3f6212",
        "phone": "+212664781520",
        "story_ar": (
            "يعمل نجارو التعاونية بخشب الأرز المتأتي من الأشجار الساقطة ومن القطع المرخص في غابات الأطلس المتوسط. "
            "وينحتون بالأدوات اليدوية زخارف ورثوها عن صناع أبواب المساجد والقصبات."
        ),
        "story_fr": (
            "Les menuisiers de la coopérative travaillent le cèdre issu d'arbres tombés et de coupes autorisées dans "
            "les forêts du Moyen Atlas. Ils sculptent à l'outil manuel des motifs hérités des artisans des portes de "
            "mosquées et de kasbahs."
        ),
        "story_en": (
            "The cooperative's woodworkers use cedar from fallen trees and licensed felling in the Middle Atlas "
            "forests. With hand tools they carve motifs inherited from the makers of mosque and kasbah doors."
        ),
    },
    {
        "slug": "marmoucha-rugs",
        "name_ar": "تعاونية مرموشة للزربية",
        "name_fr": "Coopérative Marmoucha du tapis",
        "name_en": "Marmoucha Rug Cooperative",
        "legal_form": "cooperative",
        "region": "fes-meknes",
        "province": "Boulemane",
        "city": "Immouzer Marmoucha",
        "city_ar": "إيموزار مرموشة",
        "sector": "carpets-textiles",
        "families": ["carpets"],
        "women_led": True,
        "youth": False,
        "members": 41,
        "women_members": 41,
        "founded": 2008,
        "brand_color": "#7c3aed",
        "phone": "+212670915846",
        "story_ar": (
            "تنسج نساء قبائل الأطلس المتوسط الشرقي زرابي بني وراين منذ قرون لتدفئة بيوتهن في الشتاء القارس. تشتري "
            "التعاونية الصوف من رعاة المنطقة، وتتولى العضوات غسله وغزله باليد قبل النسج."
        ),
        "story_fr": (
            "Depuis des siècles, les femmes des tribus du Moyen Atlas oriental tissent des tapis Beni Ouarain pour "
            "réchauffer leurs maisons pendant des hivers rigoureux. La coopérative achète la laine aux bergers de la "
            "région ; les membres la lavent et la filent à la main avant le tissage."
        ),
        "story_en": (
            "For centuries, women of the eastern Middle Atlas tribes have woven Beni Ouarain rugs to keep their homes "
            "warm through harsh winters. The cooperative buys wool from local shepherds, and members wash and "
            "hand-spin it before weaving."
        ),
    },
    {
        "slug": "ighrem-azilal-weavers",
        "name_ar": "تعاونية إغرم للنسيج",
        "name_fr": "Coopérative Ighrem de tissage",
        "name_en": "Ighrem Weaving Cooperative",
        "legal_form": "cooperative",
        "region": "beni-mellal-khenifra",
        "province": "Azilal",
        "city": "Azilal",
        "city_ar": "أزيلال",
        "sector": "carpets-textiles",
        "families": ["carpets"],
        "women_led": True,
        "youth": False,
        "members": 36,
        "women_members": 36,
        "founded": 2006,
        "brand_color": "#db2777",
        "phone": "+212662058493",
        "story_ar": (
            "تنسج العضوات زرابي أزيلال الملونة في بيوتهن بين أشغال الحقل ورعي الماشية، ثم يجتمعن في مقر التعاونية "
            "لإتمام التشطيب. تتقاضى كل نساجة أجرها حسب ساعات عملها، وتُوزع الأرباح في نهاية السنة."
        ),
        "story_fr": (
            "Les membres tissent les tapis colorés d'Azilal chez elles, entre les travaux des champs et le soin du "
            "bétail, puis se retrouvent au siège de la coopérative pour les finitions. Chaque tisserande est payée "
            "selon ses heures de travail, et les bénéfices sont partagés en fin d'année."
        ),
        "story_en": (
            "Members weave colourful Azilal rugs at home between farm work and tending livestock, then gather at the "
            "cooperative to finish them. Each weaver is paid for her hours, and profits are shared out at the end of "
            "the year."
        ),
    },
    {
        "slug": "zayane-hanbel",
        "name_ar": "تعاونية زيان للحنبل",
        "name_fr": "Coopérative Zaïane du hanbel",
        "name_en": "Zayane Hanbel Cooperative",
        "legal_form": "cooperative",
        "region": "beni-mellal-khenifra",
        "province": "Khénifra",
        "city": "Khénifra",
        "city_ar": "خنيفرة",
        "sector": "carpets-textiles",
        "families": ["carpets"],
        "women_led": True,
        "youth": False,
        "members": 28,
        "women_members": 26,
        "founded": 2004,
        "brand_color": "#b91c1c",
        "phone": "+212668720364",
        "story_ar": (
            "تحافظ التعاونية على نسيج قبائل زيان بخطوطه الحمراء الداكنة ورموزه الهندسية الدقيقة. تعمل النساجات على "
            "مناسج خشبية كبيرة تشتغل عليها اثنتان أو ثلاث منهن جنباً إلى جنب."
        ),
        "story_fr": (
            "La coopérative fait vivre le tissage des Zaïane, aux bandes rouge sombre et aux symboles géométriques "
            "minutieux. Les tisserandes travaillent sur de grands métiers en bois où deux ou trois d'entre elles "
            "œuvrent côte à côte."
        ),
        "story_en": (
            "The cooperative keeps alive the weaving of the Zayane tribes, with its deep red bands and intricate "
            "geometric symbols. Weavers work on large wooden looms, two or three of them side by side."
        ),
    },
    {
        "slug": "tadla-olives",
        "name_ar": "تعاونية تادلة للزيتون",
        "name_fr": "Coopérative Tadla des oliviers",
        "name_en": "Tadla Olive Cooperative",
        "legal_form": "cooperative",
        "region": "beni-mellal-khenifra",
        "province": "Béni Mellal",
        "city": "Béni Mellal",
        "city_ar": "بني ملال",
        "sector": "oils",
        "families": ["olive-oil", "herbs-spices"],
        "women_led": False,
        "youth": False,
        "members": 72,
        "women_members": 9,
        "founded": 1999,
        "brand_color": "#65a30d",
        "phone": "+212661647038",
        "story_ar": (
            "يملك أعضاؤها بساتين زيتون على سفوح الأطلس المطلة على سهل تادلة، تسقيها مياه عين أسردون. جهزت التعاونية "
            "معصرة حديثة بالطرد المركزي، كما تنتج الفلفل الأحمر الذي تشتهر به المنطقة."
        ),
        "story_fr": (
            "Ses membres possèdent des oliveraies sur les contreforts de l'Atlas qui dominent la plaine du Tadla, "
            "irriguées par la source d'Aïn Asserdoun. La coopérative s'est équipée d'une huilerie moderne à "
            "centrifugation et produit aussi le piment rouge qui fait la réputation de la région."
        ),
        "story_en": (
            "Members own olive groves on the Atlas foothills overlooking the Tadla plain, watered by the Aïn Asserdoun "
            "spring. The cooperative has equipped itself with a modern centrifuge mill and also produces the red "
            "pepper the region is known for."
        ),
    },
    {
        "slug": "chefchaouen-goat-cheese",
        "name_ar": "تعاونية شفشاون لجبن الماعز",
        "name_fr": "Coopérative Chefchaouen du fromage de chèvre",
        "name_en": "Chefchaouen Goat Cheese Cooperative",
        "legal_form": "cooperative",
        "region": "tanger-tetouan-al-hoceima",
        "province": "Chefchaouen",
        "city": "Chefchaouen",
        "city_ar": "شفشاون",
        "sector": "dairy",
        "families": ["goat-dairy"],
        "women_led": False,
        "youth": False,
        "members": 23,
        "women_members": 9,
        "founded": 2009,
        "brand_color": "#0891b2",
        "phone": "+212665384710",
        "story_ar": (
            "يربي أعضاؤها قطعان الماعز الأسود البلدي في جبال الريف الغربي، وتحوّل النساء الحليب في ورشة التعاونية إلى "
            "جبن طري ومعتق. وتتوفر الورشة على ترخيص صحي من المكتب الوطني للسلامة الصحية للمنتجات الغذائية."
        ),
        "story_fr": (
            "Ses membres élèvent des troupeaux de chèvres noires beldi dans les montagnes du Rif occidental, et les "
            "femmes transforment le lait en fromages frais et affinés dans la fromagerie de la coopérative. Celle-ci "
            "dispose d'un agrément sanitaire de l'ONSSA."
        ),
        "story_en": (
            "Members raise herds of black beldi goats in the western Rif mountains, and the women turn the milk into "
            "fresh and aged cheeses at the cooperative's dairy. The dairy holds a health approval from ONSSA, "
            "Morocco's food safety office."
        ),
    },
    {
        "slug": "dar-zitoun-ouezzane",
        "name_ar": "تعاونية دار الزيتون بوزان",
        "name_fr": "Coopérative Dar Zitoun d'Ouezzane",
        "name_en": "Dar Zitoun Cooperative of Ouezzane",
        "legal_form": "cooperative",
        "region": "tanger-tetouan-al-hoceima",
        "province": "Ouezzane",
        "city": "Ouezzane",
        "city_ar": "وزان",
        "sector": "oils",
        "families": ["olive-oil", "almonds-nuts"],
        "women_led": False,
        "youth": False,
        "members": 58,
        "women_members": 11,
        "founded": 2001,
        "brand_color": "#4d7c0f",
        "phone": "+212667215893",
        "story_ar": (
            "تشتهر منطقة وزان بزيت زيتونها الحاصل على تسمية منشأ محمية، ويعصر أعضاء التعاونية زيتونهم في معصرة مشتركة. "
            "وفي الصيف يجففون التين على سطوح البيوت كما تعلموا من آبائهم."
        ),
        "story_fr": (
            "La région d'Ouezzane est réputée pour son huile d'olive, protégée par une appellation d'origine, et les "
            "membres pressent leurs olives dans une huilerie commune. L'été, ils font sécher les figues sur les toits "
            "des maisons, comme on le leur a appris."
        ),
        "story_en": (
            "The Ouezzane area is renowned for its olive oil, which has a protected designation of origin, and members "
            "press their olives at a shared mill. In summer they dry figs on their rooftops, just as their parents "
            "taught them."
        ),
    },
    {
        "slug": "abeilles-du-rif",
        "name_ar": "تعاونية نحل الريف",
        "name_fr": "Coopérative Abeilles du Rif",
        "name_en": "Rif Bees Cooperative",
        "legal_form": "cooperative",
        "region": "tanger-tetouan-al-hoceima",
        "province": "Al Hoceïma",
        "city": "Targuist",
        "city_ar": "تارجيست",
        "sector": "honey",
        "families": ["honey"],
        "women_led": False,
        "youth": True,
        "members": 14,
        "women_members": 2,
        "founded": 2019,
        "brand_color": "#d97706",
        "phone": "+212698402157",
        "story_ar": (
            "أسسها شباب من تارجيست حاصلون على شهادات جامعية، اختاروا البقاء في منطقتهم وتربية النحل بين غابات البلوط "
            "والخروب. يعتمدون خلايا حديثة ويتابعون صحة النحل مع بيطري المنطقة."
        ),
        "story_fr": (
            "Fondée par de jeunes diplômés de Targuist qui ont choisi de rester dans leur région pour élever des "
            "abeilles entre forêts de chênes et de caroubiers. Ils utilisent des ruches modernes et suivent la santé "
            "des colonies avec le vétérinaire local."
        ),
        "story_en": (
            "Founded by young graduates from Targuist who chose to stay in their home region and keep bees among oak "
            "and carob forests. They use modern hives and monitor colony health with the local vet."
        ),
    },
    {
        "slug": "oasis-figuig-dates",
        "name_ar": "تعاونية واحة فجيج للتمور",
        "name_fr": "Coopérative Oasis de Figuig",
        "name_en": "Figuig Oasis Date Cooperative",
        "legal_form": "cooperative",
        "region": "oriental",
        "province": "Figuig",
        "city": "Figuig",
        "city_ar": "فجيج",
        "sector": "dates-nuts",
        "families": ["dates"],
        "women_led": False,
        "youth": False,
        "members": 42,
        "women_members": 15,
        "founded": 2013,
        "brand_color": "#a16207",
        "phone": "+212670381249",
        "story_ar": (
            "تسقي الأسر نخيلها بمياه العيون التي تتقاسمها قصور فجيج السبعة منذ قرون وفق نظام دقيق لتوزيع حصص الماء. "
            "وتساعد التعاونية الشباب على إحياء البساتين المهجورة وغرس فسائل جديدة."
        ),
        "story_fr": (
            "Les familles irriguent leurs palmiers avec l'eau des sources que se partagent depuis des siècles les sept "
            "ksour de Figuig selon un système précis de tours d'eau. La coopérative aide les jeunes à remettre en "
            "culture les jardins abandonnés et à planter de nouveaux rejets."
        ),
        "story_en": (
            "Families water their palms from springs shared for centuries among Figuig's seven ksour under a precise "
            "system of water turns. The cooperative helps young people bring abandoned gardens back into cultivation "
            "and plant new offshoots."
        ),
    },
    {
        "slug": "moulouya-jams",
        "name_ar": "تعاونية ملوية للمربيات",
        "name_fr": "Coopérative Moulouya des confitures",
        "name_en": "Moulouya Jam Cooperative",
        "legal_form": "cooperative",
        "region": "oriental",
        "province": "Berkane",
        "city": "Berkane",
        "city_ar": "بركان",
        "sector": "preserves-spreads",
        "families": ["jams", "honey"],
        "women_led": True,
        "youth": False,
        "members": 21,
        "women_members": 21,
        "founded": 2014,
        "brand_color": "#ea580c",
        "phone": "+212662749130",
        "story_ar": (
            "تحوّل نساء التعاونية فواكه سهل تريفة، وعلى رأسها كليمانتين بركان، إلى مربيات تُطهى في قدور نحاسية صغيرة. "
            "ويربي بعض أزواجهن النحل بين البساتين، فتبيع التعاونية أيضاً عسل زهر البرتقال."
        ),
        "story_fr": (
            "Les membres transforment les fruits de la plaine des Triffa, à commencer par la clémentine de Berkane, en "
            "confitures cuites dans de petites bassines en cuivre. Certains de leurs maris élèvent des abeilles dans "
            "les vergers : la coopérative vend donc aussi du miel de fleur d'oranger."
        ),
        "story_en": (
            "Members turn the fruit of the Triffa plain, above all Berkane clementines, into jams cooked in small "
            "copper pans. Some of their husbands keep bees among the orchards, so the cooperative also sells orange "
            "blossom honey."
        ),
    },
    {
        "slug": "dahra-medicinal-plants",
        "name_ar": "تعاونية الظهرة للنباتات الطبية",
        "name_fr": "Coopérative Dahra des plantes médicinales",
        "name_en": "Dahra Medicinal Plants Cooperative",
        "legal_form": "cooperative",
        "region": "oriental",
        "province": "Jerada",
        "city": "Aïn Bni Mathar",
        "city_ar": "عين بني مطهر",
        "sector": "spices-herbs",
        "families": ["herbs-spices"],
        "women_led": False,
        "youth": False,
        "members": 37,
        "women_members": 10,
        "founded": 2012,
        "brand_color": "#0d9488",
        "phone": "+212666904815",
        "story_ar": (
            "يجمع أعضاؤها إكليل الجبل والشيح من الهضاب العليا للجهة الشرقية، في إطار اتفاقية مع إدارة المياه والغابات "
            "تحدد مواسم القطف وكمياته. وتتوفر التعاونية على وحدة تقطير صغيرة لاستخراج الزيوت العطرية."
        ),
        "story_fr": (
            "Ses membres récoltent le romarin et l'armoise sur les hauts plateaux de l'Oriental, dans le cadre d'une "
            "convention avec les Eaux et Forêts qui fixe les périodes et les quantités de cueillette. La coopérative "
            "dispose aussi d'une petite unité de distillation d'huiles essentielles."
        ),
        "story_en": (
            "Members harvest rosemary and white wormwood on the high plateaus of the Oriental under an agreement with "
            "the forestry service that sets harvest seasons and quantities. The cooperative also runs a small "
            "essential-oil distillery."
        ),
    },
    {
        "slug": "oulja-pottery",
        "name_ar": "تعاونية الولجة للفخار",
        "name_fr": "Coopérative Oulja de poterie",
        "name_en": "Oulja Pottery Cooperative",
        "legal_form": "cooperative",
        "region": "rabat-sale-kenitra",
        "province": "Salé",
        "city": "Salé",
        "city_ar": "سلا",
        "sector": "pottery-ceramics",
        "families": ["pottery"],
        "women_led": False,
        "youth": True,
        "members": 20,
        "women_members": 6,
        "founded": 2017,
        "brand_color": "#be123c",
        "phone": "+212675028346",
        "story_ar": (
            "تقع التعاونية في مجمع الولجة للصناعة التقليدية على ضفة أبي رقراق، حيث يصنع الحرفيون طواجين الطهي والأواني "
            "المزخرفة. أسسها خزافون شباب بعد تخرجهم من مركز للتكوين في حرف الصناعة التقليدية."
        ),
        "story_fr": (
            "Installée dans le complexe artisanal de l'Oulja, sur la rive du Bouregreg, où les artisans fabriquent "
            "tajines de cuisson et poteries décorées, la coopérative a été fondée par de jeunes potiers à la sortie "
            "d'un centre de formation aux métiers de l'artisanat."
        ),
        "story_en": (
            "Based in the Oulja craft complex on the banks of the Bouregreg, where artisans make cooking tagines and "
            "decorated pottery, the cooperative was founded by young potters fresh out of a crafts training centre."
        ),
    },
    {
        "slug": "zemmour-weavers",
        "name_ar": "تعاونية زمور للنسيج التقليدي",
        "name_fr": "Coopérative Zemmour de tissage traditionnel",
        "name_en": "Zemmour Traditional Weaving Cooperative",
        "legal_form": "cooperative",
        "region": "rabat-sale-kenitra",
        "province": "Khémisset",
        "city": "Khémisset",
        "city_ar": "الخميسات",
        "sector": "carpets-textiles",
        "families": ["carpets"],
        "women_led": True,
        "youth": False,
        "members": 33,
        "women_members": 33,
        "founded": 2003,
        "brand_color": "#9f1239",
        "phone": "+212663590472",
        "story_ar": (
            "تنسج العضوات الحنبل والزرابي ذات اللون الأحمر المميز لقبائل زمور، وهي التي كانت تُباع تقليدياً في السوق "
            "الأسبوعي للخميسات. ومكّنهن العمل الجماعي من شراء الصوف بالجملة والحصول على أثمنة أفضل."
        ),
        "story_fr": (
            "Les membres tissent les hanbels et les tapis au rouge caractéristique des tribus Zemmour, "
            "traditionnellement vendus au souk hebdomadaire de Khémisset. Le travail en commun leur permet d'acheter "
            "la laine en gros et de mieux vendre."
        ),
        "story_en": (
            "Members weave hanbels and rugs in the distinctive red of the Zemmour tribes, traditionally sold at "
            "Khemisset's weekly market. Working together lets them buy wool in bulk and get better prices."
        ),
    },
    {
        "slug": "gharb-couscous",
        "name_ar": "تعاونية الغرب للكسكس",
        "name_fr": "Coopérative Gharb du couscous",
        "name_en": "Gharb Couscous Cooperative",
        "legal_form": "cooperative",
        "region": "rabat-sale-kenitra",
        "province": "Sidi Kacem",
        "city": "Sidi Kacem",
        "city_ar": "سيدي قاسم",
        "sector": "cereals-couscous",
        "families": ["couscous"],
        "women_led": True,
        "youth": True,
        "members": 17,
        "women_members": 17,
        "founded": 2020,
        "brand_color": "#facc15",
        "phone": "+212694263781",
        "story_ar": (
            "أسستها شابات من دواوير سيدي قاسم لتسويق الكسكس الذي تفتله نساء المنطقة يدوياً كما في الأعراس والمناسبات. "
            "وحصلت التعاونية على دعم المبادرة الوطنية للتنمية البشرية لاقتناء مجففات شمسية."
        ),
        "story_fr": (
            "Fondée par des jeunes femmes des douars de Sidi Kacem pour commercialiser le couscous que les femmes de "
            "la région roulent à la main, comme pour les mariages et les fêtes. La coopérative a reçu le soutien de "
            "l'INDH pour acheter des séchoirs solaires."
        ),
        "story_en": (
            "Set up by young women from the villages around Sidi Kacem to sell the couscous local women roll by hand, "
            "as they do for weddings and celebrations. The cooperative received support from the National Initiative "
            "for Human Development (INDH) to buy solar dryers."
        ),
    },
    {
        "slug": "chaouia-couscous",
        "name_ar": "تعاونية الشاوية للكسكس",
        "name_fr": "Coopérative Chaouia du couscous",
        "name_en": "Chaouia Couscous Cooperative",
        "legal_form": "cooperative",
        "region": "casablanca-settat",
        "province": "Settat",
        "city": "Settat",
        "city_ar": "سطات",
        "sector": "cereals-couscous",
        "families": ["couscous"],
        "women_led": True,
        "youth": False,
        "members": 26,
        "women_members": 26,
        "founded": 2008,
        "brand_color": "#c2410c",
        "phone": "+212661528904",
        "story_ar": (
            "في قلب سهول الشاوية المعروفة بحقول القمح والشعير، تفتل العضوات الكسكس بالطريقة التقليدية في القصعة "
            "الخشبية. تشتري التعاونية الحبوب مباشرة من الفلاحين المجاورين وتطحنها في مطحنة القرية."
        ),
        "story_fr": (
            "Au cœur des plaines de la Chaouia, terre de blé et d'orge, les membres roulent le couscous à la main dans "
            "la gasaâ en bois. La coopérative achète les céréales directement aux agriculteurs voisins et les fait "
            "moudre au moulin du village."
        ),
        "story_en": (
            "In the heart of the Chaouia plains, wheat and barley country, members roll couscous by hand in the wooden "
            "gasaa. The cooperative buys grain directly from neighbouring farmers and has it milled in the village."
        ),
    },
    {
        "slug": "benslimane-bees",
        "name_ar": "تعاونية نحل بن سليمان",
        "name_fr": "Coopérative Benslimane des abeilles",
        "name_en": "Benslimane Bees Cooperative",
        "legal_form": "cooperative",
        "region": "casablanca-settat",
        "province": "Benslimane",
        "city": "Benslimane",
        "city_ar": "بن سليمان",
        "sector": "honey",
        "families": ["honey"],
        "women_led": False,
        "youth": True,
        "members": 12,
        "women_members": 4,
        "founded": 2021,
        "brand_color": "#854d0e",
        "phone": "+212677139460",
        "story_ar": (
            "يضع أعضاؤها خلاياهم في غابة بن سليمان حيث يتجاور البلوط الفليني والأوكالبتوس، على بعد ساعة واحدة من الدار "
            "البيضاء. ويستقبلون تلاميذ المدارس لتعريفهم بحياة النحل ودوره في التلقيح."
        ),
        "story_fr": (
            "Ses membres installent leurs ruches dans la forêt de chênes-lièges et d'eucalyptus de Benslimane, à une "
            "heure seulement de Casablanca. Ils accueillent des classes pour faire découvrir la vie des abeilles et "
            "leur rôle dans la pollinisation."
        ),
        "story_en": (
            "Members keep their hives in Benslimane's cork oak and eucalyptus forest, just an hour from Casablanca. "
            "They host school groups to show children how bees live and why pollination matters."
        ),
    },
    {
        "slug": "hammam-beldi",
        "name_ar": "تعاونية الحمام البلدي",
        "name_fr": "Coopérative Hammam Beldi",
        "name_en": "Hammam Beldi Cooperative",
        "legal_form": "cooperative",
        "region": "casablanca-settat",
        "province": "Médiouna",
        "city": "Médiouna",
        "city_ar": "مديونة",
        "sector": "cosmetics",
        "families": ["black-soap", "ghassoul"],
        "women_led": True,
        "youth": False,
        "members": 15,
        "women_members": 15,
        "founded": 2015,
        "brand_color": "#6d28d9",
        "phone": "+212660817325",
        "story_ar": (
            "تحضّر عضوات التعاونية الصابون البلدي في ورشة صغيرة بمديونة، ويمزجن الغاسول القادم من ميسور بالأعشاب وفق "
            "وصفات الجدات. ويبعن منتجاتهن للحمامات التقليدية في الدار البيضاء وللزبناء مباشرة."
        ),
        "story_fr": (
            "Dans un petit atelier de Médiouna, les membres fabriquent le savon noir et mélangent le ghassoul venu de "
            "Missour aux plantes selon les recettes des grands-mères. Elles vendent aux hammams traditionnels de "
            "Casablanca ainsi qu'aux particuliers."
        ),
        "story_en": (
            "In a small workshop in Mediouna, members make black soap and blend ghassoul from Missour with herbs "
            "following their grandmothers' recipes. They sell to traditional hammams in Casablanca and directly to "
            "customers."
        ),
    },
    {
        "slug": "ait-baamrane-cactus",
        "name_ar": "تعاونية آيت باعمران للصبار",
        "name_fr": "Coopérative Aït Baamrane du cactus",
        "name_en": "Aït Baamrane Cactus Cooperative",
        "legal_form": "cooperative",
        "region": "guelmim-oued-noun",
        "province": "Sidi Ifni",
        "city": "Sidi Ifni",
        "city_ar": "سيدي إفني",
        "sector": "cosmetics",
        "families": ["cactus-seed-oil", "argan-oil"],
        "women_led": True,
        "youth": True,
        "members": 32,
        "women_members": 30,
        "founded": 2016,
        "brand_color": "#c026d3",
        "phone": "+212671460938",
        "story_ar": (
            "يغطي الصبار تلال آيت باعمران، وكانت ثماره تُباع بثمن زهيد في الأسواق. أسست شابات المنطقة التعاونية "
            "لاستخراج زيت البذور النادر، كما يعصرن زيت أركان من الأشجار التي تكسو التلال نفسها. وبعد الأضرار التي "
            "خلّفتها الحشرة القرمزية، شاركت العضوات في غرس أصناف مقاومة."
        ),
        "story_fr": (
            "Le cactus couvre les collines des Aït Baamrane et ses fruits se vendaient pour presque rien au souk. Des "
            "jeunes femmes de la région ont fondé la coopérative pour en extraire la précieuse huile de pépins ; elles "
            "pressent aussi l'huile d'argan des arbres qui couvrent les mêmes collines. Après les ravages de la "
            "cochenille, elles ont aussi participé à la replantation de variétés résistantes."
        ),
        "story_en": (
            "Cactus covers the Aït Baamrane hills, and its fruit used to sell for next to nothing at the market. Young "
            "local women founded the cooperative to extract the precious seed oil, and they also press argan oil from "
            "the trees on the same hills. After the cochineal outbreak, they also helped replant resistant varieties."
        ),
    },
    {
        "slug": "oued-noun-argan",
        "name_ar": "تعاونية واد نون للأركان",
        "name_fr": "Coopérative Oued Noun d'argan",
        "name_en": "Oued Noun Argan Cooperative",
        "legal_form": "cooperative",
        "region": "guelmim-oued-noun",
        "province": "Guelmim",
        "city": "Guelmim",
        "city_ar": "كلميم",
        "sector": "oils",
        "families": ["argan-oil", "amlou"],
        "women_led": True,
        "youth": False,
        "members": 44,
        "women_members": 44,
        "founded": 2010,
        "brand_color": "#b45309",
        "phone": "+212668257093",
        "story_ar": (
            "تعمل العضوات عند الحدود الجنوبية لغابة أركان، حيث تقاوم الأشجار المتفرقة مناخاً شبه صحراوي. وتحضّر "
            "التعاونية أيضاً الأملو بلوز الواحات المجاورة وعسل المنطقة."
        ),
        "story_fr": (
            "Les membres travaillent à la limite sud de l'arganeraie, où des arbres clairsemés résistent à un climat "
            "presque saharien. La coopérative prépare aussi l'amlou avec les amandes des oasis voisines et le miel de "
            "la région."
        ),
        "story_en": (
            "Members work at the southern edge of the argan forest, where scattered trees withstand an almost Saharan "
            "climate. The cooperative also makes amlou with almonds from nearby oases and local honey."
        ),
    },
    {
        "slug": "oasis-assa-dates",
        "name_ar": "تعاونية واحة أسا للتمور",
        "name_fr": "Coopérative Oasis d'Assa",
        "name_en": "Assa Oasis Date Cooperative",
        "legal_form": "cooperative",
        "region": "guelmim-oued-noun",
        "province": "Assa-Zag",
        "city": "Assa",
        "city_ar": "أسا",
        "sector": "dates-nuts",
        "families": ["dates"],
        "women_led": False,
        "youth": False,
        "members": 28,
        "women_members": 9,
        "founded": 2006,
        "brand_color": "#78350f",
        "phone": "+212667849316",
        "story_ar": (
            "تمتد واحة أسا عند سفح قصر عتيق يطل على وادي درعة الأسفل، ويعتني أعضاء التعاونية بنخيل توارثوه جيلاً بعد "
            "جيل. يجففون التمور على حصائر من السعف ويحضّرون منها العجينة والدبس."
        ),
        "story_fr": (
            "L'oasis d'Assa s'étend au pied d'un ksar ancien dominant le bas Drâa, et les membres entretiennent des "
            "palmiers transmis de génération en génération. Ils sèchent les dattes sur des nattes de palmes et en "
            "tirent pâte et sirop."
        ),
        "story_en": (
            "The Assa oasis lies below an ancient ksar overlooking the lower Draa, and members tend palm groves handed "
            "down through generations. They dry the dates on palm-frond mats and make paste and syrup from them."
        ),
    },
    {
        "slug": "sakia-camel-milk",
        "name_ar": "تعاونية الساقية الحمراء لحليب النوق",
        "name_fr": "Coopérative Sakia El Hamra du lait de chamelle",
        "name_en": "Sakia El Hamra Camel Milk Cooperative",
        "legal_form": "cooperative",
        "region": "laayoune-sakia-el-hamra",
        "province": "Laâyoune",
        "city": "Laâyoune",
        "city_ar": "العيون",
        "sector": "dairy",
        "families": ["camel-dairy"],
        "women_led": False,
        "youth": False,
        "members": 25,
        "women_members": 8,
        "founded": 2011,
        "brand_color": "#0284c7",
        "phone": "+212661903458",
        "story_ar": (
            "يحمل المربون الرحل، أعضاء التعاونية، حليب نوقهم كل صباح إلى وحدة التبريد بضواحي العيون. وبعد أن كان حليب "
            "النوق يُستهلك في الخيام فقط، أصبح الحليب المبستر والجبن مصدر دخل منتظم للأسر."
        ),
        "story_fr": (
            "Chaque matin, les éleveurs nomades membres de la coopérative apportent le lait de leurs chamelles à "
            "l'unité de refroidissement aux abords de Laâyoune. Autrefois consommé sous la tente, le lait de chamelle, "
            "pasteurisé ou transformé en fromage, est devenu un revenu régulier pour les familles."
        ),
        "story_en": (
            "Every morning the nomadic herders who belong to the cooperative bring their camels' milk to the cooling "
            "unit on the outskirts of Laayoune. Once drunk only in the tents, camel milk, pasteurised or made into "
            "cheese, now gives families a steady income."
        ),
    },
    {
        "slug": "smara-leather",
        "name_ar": "تعاونية السمارة للصناعة الجلدية",
        "name_fr": "Coopérative Smara de maroquinerie",
        "name_en": "Smara Leather Craft Cooperative",
        "legal_form": "cooperative",
        "region": "laayoune-sakia-el-hamra",
        "province": "Es-Semara",
        "city": "Smara",
        "city_ar": "السمارة",
        "sector": "leather",
        "families": ["leather"],
        "women_led": True,
        "youth": True,
        "members": 19,
        "women_members": 16,
        "founded": 2018,
        "brand_color": "#e11d48",
        "phone": "+212672318054",
        "story_ar": (
            "تزين الحرفيات الصحراويات الجلد برسوم هندسية ملونة وتخريم دقيق، كما كانت تُزيَّن أكياس الرحل ووسائدهم. وتحرص "
            "التعاونية على نقل هذه المعرفة إلى الفتيات عبر ورشات تكوين أسبوعية."
        ),
        "story_fr": (
            "Les artisanes sahraouies ornent le cuir de motifs géométriques colorés et de fins ajours, comme on "
            "décorait autrefois les sacs et les coussins des nomades. La coopérative transmet ce savoir aux jeunes "
            "filles lors d'ateliers hebdomadaires."
        ),
        "story_en": (
            "Sahrawi craftswomen decorate leather with colourful geometric designs and fine cut-work, just as nomads' "
            "bags and cushions were once adorned. The cooperative passes these skills on to girls in weekly workshops."
        ),
    },
    {
        "slug": "oued-eddahab-couscous",
        "name_ar": "تعاونية وادي الذهب للكسكس",
        "name_fr": "Coopérative Oued Ed-Dahab du couscous",
        "name_en": "Oued Ed-Dahab Couscous Cooperative",
        "legal_form": "cooperative",
        "region": "dakhla-oued-ed-dahab",
        "province": "Oued Ed-Dahab",
        "city": "Dakhla",
        "city_ar": "الداخلة",
        "sector": "cereals-couscous",
        "families": ["couscous"],
        "women_led": True,
        "youth": False,
        "members": 22,
        "women_members": 22,
        "founded": 2015,
        "brand_color": "#16a34a",
        "phone": "+212661275049",
        "story_ar": (
            "تفتل نساء التعاونية كسكس الشعير والقمح، ويحضّرن الدشيشة التي تُقدَّم على الموائد الصحراوية. وتبيع التعاونية "
            "منتجاتها في معارض الداخلة وللزوار الذين يقصدون المدينة."
        ),
        "story_fr": (
            "Les membres roulent couscous d'orge et de blé et préparent la dchicha servie à la table sahraouie. La "
            "coopérative vend ses produits dans les foires de Dakhla et aux visiteurs de la ville."
        ),
        "story_en": (
            "Members roll barley and wheat couscous and prepare the dchicha served at Sahrawi tables. The cooperative "
            "sells at Dakhla's fairs and to visitors to the city."
        ),
    },
    {
        "slug": "aousserd-camel-dairy",
        "name_ar": "تعاونية أوسرد للألبان",
        "name_fr": "Coopérative Aousserd des produits laitiers",
        "name_en": "Aousserd Dairy Cooperative",
        "legal_form": "cooperative",
        "region": "dakhla-oued-ed-dahab",
        "province": "Aousserd",
        "city": "Aousserd",
        "city_ar": "أوسرد",
        "sector": "dairy",
        "families": ["camel-dairy"],
        "women_led": False,
        "youth": False,
        "members": 16,
        "women_members": 5,
        "founded": 2019,
        "brand_color": "#4338ca",
        "phone": "+212670652831",
        "story_ar": (
            "يربي أعضاؤها الإبل في المراعي الشاسعة جنوب الداخلة، ويحضّرون من حليبها الحليب المبستر والجبن. وقد أنشأت "
            "التعاونية وحدة تبريد تعمل بالطاقة الشمسية بعيداً عن شبكة الكهرباء."
        ),
        "story_fr": (
            "Ses membres élèvent des dromadaires sur les vastes parcours au sud de Dakhla et en tirent du lait "
            "pasteurisé et du fromage. La coopérative a installé une unité de refroidissement solaire, loin du réseau "
            "électrique."
        ),
        "story_en": (
            "Members raise camels on the vast rangelands south of Dakhla and produce pasteurised milk and cheese. The "
            "cooperative has set up a solar-powered cooling unit far from the power grid."
        ),
    },
]
