"""General English vocabulary of stance, attribution, negation and hedging.

This is data, not logic: regular-expression fragments grouped by the role they
play. Negotiation-specific vocabulary (actors, issues, anchors, cues) comes
from the codebook; only general reporting and stance language lives here.
"""
from __future__ import annotations

# Verbs and phrases that attribute words or views to a holder ("X said ..."); literal words, "[sz]" spelled both ways.
SPEECH_VERBS = (
    r"said", r"says", r"say", r"told", r"tells", r"stated", r"states", r"added", r"adds",
    r"noted", r"notes", r"wrote", r"writes", r"insisted", r"insists", r"emphasi[sz]ed",
    r"emphasi[sz]es", r"stressed", r"stresses", r"argued", r"argues", r"warned", r"warns",
    r"announced", r"announces", r"declared", r"declares", r"claimed", r"claims", r"explained",
    r"reiterated", r"reiterates", r"repeated", r"confirmed", r"confirms", r"asserted", r"asserts",
    r"maintained", r"maintains", r"signalled", r"signaled", r"signals", r"indicated", r"indicates",
    r"suggested", r"suggests", r"replied", r"responded", r"posted", r"tweeted", r"commented",
    r"remarked", r"acknowledged", r"admitted", r"conceded", r"countered", r"retorted",
    r"underlined", r"underscored", r"recalled", r"vowed", r"pledged", r"promised",
    r"made clear", r"has made clear", r"called", r"described", r"assured",
)

# Phrases that put a view in a holder's mouth or mind.
ATTRIBUTION_BEFORE = (          # "<phrase> X"
    r"according to", r"in the view of", r"in the eyes of", r"as seen by", r"as far as",
    r"from the perspective of", r"sources close to", r"officials close to",
)
ATTRIBUTION_POSSESSIVE = (      # "in X's view", "from X's perspective"
    r"in {X}(?:'s|’s|’) (?:view|eyes|telling|words|reading|account|opinion|assessment|position|perspective)",
    r"from {X}(?:'s|’s|’) (?:perspective|point of view|standpoint|side)",
    r"for {X},",
    r"to {X},",
)

# Stance cues. Each entry is (stance, regex). Order matters within a clause:
# earlier, more specific patterns win over later, general ones.
STANCE_CUES: tuple[tuple[str, str], ...] = (
    ("condition", r"(?:would|will|could) only (?:support|accept|agree|take part|join|sign|attend)|only if|"
                  r"only in (?:return|exchange) for|provided (?:that )?(?:the )?X\d+|subject to|(?:take effect|enter into force|start|begin) "
                  r"(?:only )?(?:until|after|once|when)|"
                  r"only when|only after|provided that|providing that|as long as|on condition that|"
                  r"on the condition|conditional on|contingent on|conditioned on|depends? on|depending on|"
                  r"unless|hinges? on|so long as|(?:could|would|will|can|may)\b[^.;]{0,80}\bif\b(?! necessary| needed| possible| any| at all)"),
    ("pressure", r"press(?:ed|es|ing)?\s+(?:{X}|\w+)\s+(?:to|for|into)|pressur(?:e|ed|es|ing)\s+(?:on\s+)?{X}|"
                 r"pressure (?:from [^,.]{0,40})?on {X}|push(?:es|ed|ing)?\s+(?:the\s+)?{X}\s+(?:to|toward|towards|into)|"
                 r"urg(?:e|ed|es|ing)\s+{X}|call(?:ed|s|ing)? on {X}|demand(?:ed|s|ing)? concessions from|"
                 r"concessions from {X}|deadline for {X}|told {X} (?:to|it must|it should|that it must)|"
                 r"warn(?:ed|s|ing)? {X}|threaten(?:ed|s|ing)?|ultimatum|leaned on|lean on|"
                 r"(?:put|puts|place|places|placed|putting|placing|shift|shifts|shifted) the onus on {X}|"
                 r"force {X} to|forc(?:e|ed|ing) {X}|(?:is|was|it's|now) up to {X} to|time for (?:{X}|them) to|"
                 r"tell(?:s|ing)? {X} (?:that|to)|say yes or no|{X} (?:must|should|would have to|will have to|has to|had to|needs? to|ought to)\b"),
    ("support", r"(?:positive|welcome|important|major|significant|serious|concrete|encouraging) (?:\w+ )?(?:development|step|move|signal)|"
                r"step forward|(?:was|is|a) good thing|truly remarkable|for (?:the\s+)?{X}(?:\s+people)?\s+to\s+(?:decide|take|make|determine|choose)|sympathetic to|support(?:s|ed|ing)?|back(?:s|ed|ing)?\b|endors(?:e|es|ed|ing)|in solidarity|stand(?:s|ing)? (?:with|behind)|"
                r"stood (?:with|behind)|reaffirm(?:s|ed|ing)?|champion(?:s|ed)?|side(?:d|s)? with|welcom(?:e|ed|es|ing)"),
    ("reject", r"reject(?:s|ed|ing|ion)?|turn(?:s|ed)? down|refus(?:e|es|ed|ing|al)|rul(?:e|es|ed|ing) out|dismiss(?:es|ed|ing)?|"
               r"oppos(?:e|es|ed|ing|ition)|non-starter|nonstarter|unacceptable|intolerable|out of the question|"
               r"veto(?:es|ed)?|den(?:y|ies|ied)|deni(?:al)|balk(?:s|ed)? at|spurn(?:s|ed)?|"
               r"no (?:deal|agreement|settlement|peace|ceasefire|talks) (?:with|without|that)|"
               r"off the table|never (?:\w+ly )?(?:accept|agree|recogni[sz]e|cede|give up|surrender|join|hand over|trade|allow|withdraw)|"
               r"(?:will|would|could|can|did|does|do|is|are|was)(?: not|n't) (?:\w+ly )?(?:accept|agree|recogni[sz]e|cede|give up|surrender|tolerate|allow|negotiate|trade|hand over|withdraw|pull out)|"
               r"cannot (?:\w+ly )?(?:accept|agree|recogni[sz]e|cede|give up|surrender|tolerate|allow|withdraw|pull out)|"
               r"no (?:recognition|concessions?|compromise)|(?:is|are|was|were|be|been|remains?|remained|stands?|stood|came out|comes out|spoke|speaks|argued|argues|voted|votes|firmly|strongly|categorically) against\b|"
               r"see(?:s|ing)? no (?:case|reason|basis|need|grounds?) for|reward(?:s|ing)? (?:the )?aggress\w*|"
               r"legitimate targets?|(?:did|does|do) not think [^.;]{0,40}(?:necessary|needed|useful|helpful)|unnecessary|"
               r"strategically dangerous|dangerous|capitulation|a betrayal|a mistake|a trap|a ploy|theft|robbery|"
               r"lock(?:s|ed|ing)? in (?:\w+(?:'s|’s)? )?gains|"
               r"(?:is|was|are|were) (?:not|never) (?:an option|acceptable|possible)"),
    ("accept", r"(?:looks?|seems?|is|are|was|were|be) (?:more or less |broadly |largely |mostly )?acceptable|accept(?:s|ed|ance)?\b|"
               r"agree(?:s|d|ing)? (?:to|on|with)(?! the (?:importance|need|necessity))|agreed\b(?!\s+(?:upon|in|at|last|earlier|previously|during|under|by)\b)(?!\s+on the (?:importance|need|necessity))|agreement to|"
               r"can live with|could live with|respond(?:s|ed)? (?:positively|favou?rably) to|consent(?:s|ed)?|sign(?:s|ed)? (?:on|up)|signed off|went along|go along|"
               r"acknowledg(?:e|es|ed|ing)|embrac(?:e|es|ed)"),
    ("open", r"propos(?:ed|es|ing) (?:to hold|holding|to meet|a meeting|another round|a new round|further talks)|"
             r"want(?:s|ed)? to meet|look(?:s|ed|ing)? into|be left (?:for|to) (?:a |the )?(?:later )?(?:meeting|talks|negotiations|leaders)|been left (?:for|to) (?:a |the )?(?:later )?(?:meeting|talks|negotiations|leaders)|left (?:for|to) (?:a |the )?(?:later )?(?:meeting|talks|negotiations|leaders)|"
             r"thinking about|(?:would|will|could|to) be (?:discussed|negotiated|settled|decided) (?:at|in|during|by|with|only with)|open to|offer(?:s|ed|ing)? to (?:host|mediate|facilitate)|ready (?:for|to (?:talk|negotiate|discuss|meet|engage|hold|resume|continue|consider|work|study|look))|"
             r"willing(?:ness)? to (?:talk|negotiate|discuss|meet|engage|hold|resume|continue|consider|work|look)|"
             r"prepared to (?:talk|negotiate|discuss|meet|engage|hold|resume|consider)|"
             r"interest in|interested in|sincere interest|would (?:be )?stud(?:y|ied)|would consider|will consider|"
             r"could form the basis|basis for (?:talks|negotiations|discussion)|useful elements|"
             r"constructive(?:ly)?|hold talks|held talks|resume talks|continue talks|"
             r"keep talking|further (?:talks|negotiations|meetings)|next round|open(?:ness)? to dialogue|"
             r"signal(?:led|ed)? (?:openness|willingness)|work (?:calmly )?with|engage in|"
             r"agreed to (?:meet|hold|continue|resume)"),
    ("offer", r"(?:would|will|could) in (?:return|exchange)|(?:would|will|could) help (?:to )?(?:restore|ease|lift|provide|secure|guarantee)|offer(?:s|ed|ing)?|ready to|willing(?:ness)? to|prepared to|could accept|might accept|may accept|"
              r"would accept|(?:make|made|making|offer\w*) (?:\w+ )?(?:concessions|compromises?)|compromise on|put forward|floated|float(?:s|ing)?|"
              r"scale back|reduce military activity|drop(?:s|ped)? (?:its|the|their) (?:demand|insistence)|"
              r"softened|soften(?:s|ing)?|no longer (?:demand|insist)|a shift from|would not host|"
              r"would declare|would give up|would forgo|would renounce|set(?:s)? aside|defer(?:s|red)?"),
    ("demand", r"which (?:included|includes|include|would include)|not (?:the |a )?(?:subject|matter|topic) (?:of|to|for) (?:negotiations?|discussion|compromise)|"
               r"not (?:up )?for (?:negotiation|discussion)|ask(?:s|ed|ing)? for|demand(?:s|ed|ing)?|insist(?:s|ed|ing|ence)?|call(?:s|ed|ing)? for|calls for|urg(?:e|es|ed|ing)|"
               r"want(?:s|ed|ing)?|seek(?:s|ing)?|sought|requir(?:e|es|ed|ements?|ing)|must|should|need(?:s|ed)?|"
               r"has to|have to|would have to|propos(?:e|es|ed|als?|ing)|preconditions?|prerequisites?|pre-conditions?|"
               r"stipulat(?:e|es|ed)|press(?:es|ed)? for|push(?:es|ed|ing)? for|aim(?:s|ed)? (?:to|at)|"
               r"goals?|objectives?|importance of|provid(?:es|ed|ing) for|envisag(?:e|es|ed|ing)|aim (?:is|was) to|centrepiece|centerpiece|top priority|commit(?:s|ted)? {X} to|expect(?:s|ed|ing)?|plan(?:s|ned)? to|vow(?:s|ed)?|pledg(?:e|es|ed)|"
               r"keep(?:s|ing)?|retain(?:s|ed|ing)?|preserv(?:e|es|ed|ing)|restor(?:e|es|ed|ation|ing)|return of|withdrawal of|"
               r"would (?:be|have|receive|hold|adopt|write|take|go|pull|become|get)|will (?:be|have)|"
               r"no (?:truce|ceasefire|deal|agreement|settlement|peace|talks) (?:until|before|unless)|cannot proceed without|no point|condition for|in return|guarantee(?:s|d)? that|"
               r"wish(?:es)?|hope(?:s)? to|is (?:vital|essential|key|crucial)|vital|non-negotiable|red lines?|"
               r"regards? .{0,40} as (?:its|their) own|consider(?:s|ed)? .{0,40} (?:its|their) own|"
               r"called on|appeal(?:s|ed)? for|favou?r(?:s|ed)?|advocat(?:e|es|ed)|listed|(?:position|stance) (?:on|over|regarding)"),
)

# Negation before a cue flips or cancels it.
NEGATION = r"(?:\b(?:not|never|no longer|neither|nor|nobody|no one|nothing|unwilling|refus(?:e|es|ed) to|without)\b|n't\b)"

# Hedges mark a reported, inferred or qualified stance.
HEDGES = (
    r"reportedly", r"report(?:s|ed)? (?:that|from)", r"according to (?:reports|sources|people|officials|those|media|a source|two|three|several)",
    r"sources?\b", r"people familiar", r"familiar with", r"appear(?:s|ed)? to", r"apparently", r"seem(?:s|ed)?",
    r"might", r"may\b", r"could\b", r"possibly", r"likely", r"allegedly", r"said to be", r"believed to",
    r"is thought to", r"suggest(?:s|ed)?", r"signals?\b", r"signalled", r"signaled", r"hint(?:s|ed)?",
    r"leaked", r"unconfirmed", r"in private", r"privately", r"analysts", r"estimates",
)

# Marks of a non-negotiable stance.
RED_LINES = (
    r"red lines?", r"non-negotiable", r"not negotiable", r"never", r"will not", r"won't", r"would not",
    r"under no circumstances", r"no point", r"intolerable", r"precondition", r"pre-condition", r"prerequisite",
    r"cannot proceed", r"can't proceed", r"without which", r"unwilling to compromise", r"not a topic for compromise",
    r"non-starter", r"out of the question", r"vital", r"will not accept", r"categorically", r"under any circumstances",
    r"as a condition",
)

# Words that signal no stance at all: fears, hopes, events, the author's advice.
NON_STANCE = (
    r"\bfears?\b", r"\bworried\b", r"\bconcerned that\b", r"\bkilled\b", r"\bcasualties\b", r"\bshelling\b",
    r"\bwould be risky\b", r"\bis highly risky\b", r"\bremains elusive\b", r"\bwe must\b", r"\bwe should\b",
    r"\bone must\b", r"\bthe (?:bigger |central |key |real )?question\b", r"\bthe risk\b",
    r"\bdangerous game\b", r"\buncertain (?:about|whether|of)\b", r"\bdoubts? (?:about|over|whether)\b",
    r"\bnarrative that\b", r"\bfail(?:s|ed)? to (?:find|reach|agree|bridge|make|produce|secure)\b", r"\bexpect(?:s|ed|ing)? to (?:meet|travel|visit|attend|arrive|speak)\b",
)

# Phrases that name the two parties to a negotiation together ("both sides", "the two delegations").
JOINT_PARTIES = (
    r"both (?:sides|parties|delegations|governments|teams|negotiating teams|leaders|presidents)",
    r"the two (?:sides|parties|delegations|governments|teams|negotiating teams|leaders|presidents)",
    r"the (?:warring|opposing) (?:sides|parties)", r"the sides",
)

# Nouns that make an actor adjective a holder ("Russian officials", "Ukrainian negotiators").
HUMAN_NOUNS = (
    r"officials?", r"negotiators?", r"delegations?", r"delegates", r"side", r"government", r"authorities",
    r"leaders?(?:hip)?", r"president", r"prime minister", r"premier", r"chancellor", r"foreign minister",
    r"defen[cs]e minister", r"minister", r"ministry", r"foreign ministry", r"spokes(?:man|woman|person)",
    r"diplomats?", r"envoys?", r"team", r"aides?", r"advis[eo]rs?", r"parliament", r"lawmakers", r"mps",
    r"administration", r"sources", r"counterparts?", r"intelligence", r"security officials", r"military",
    r"commanders?", r"chiefs?", r"army", r"presidency", r"cabinet", r"embassy", r"ambassador", r"statement",
    r"readout", r"proposal", r"plan", r"draft", r"version", r"alternative", r"memorandum", r"position", r"demands?", r"insistence",
    r"refusal", r"offer", r"counter-proposal", r"counterproposal", r"formula", r"framework", r"terms",
    r"stance", r"line", r"conditions", r"people", r"public", r"public opinion", r"partners", r"allies",
    r"backers", r"supporters", r"counterparts", r"governments", r"states", r"nations", r"countries",
    r"troops commander", r"state media", r"media", r"foreign policy chief", r"national security adviser",
    r"security council", r"head of state", r"deputy", r"vice president", r"secretary",
)

# Words that introduce a plan whose points are the owner's demands.
PLAN_NOUNS = r"(?:peace )?(?:plan|proposal|offer|version|alternative|counter-proposal|draft|statement|communiqu[eé]|declaration|framework|formula|memorandum|memoranda|points?|blueprint|roadmap|road map|initiative|terms|document|text|position paper|peace deal)"

# Personal pronouns that carry the previous holder over.
PRONOUNS = {"he": "person", "she": "person", "they": "group", "it": "group", "we": "group",
            "his": "person", "her": "person", "their": "group", "its": "group"}

# Verbs directly before a mention that make it their object ("would not join NATO", "accused Moscow").
OBJECT_VERBS = (
    "join", "joins", "joined", "joining", "leave", "leaves", "left", "enter", "entered", "accuse", "accused", "accusing",
    "told", "tell", "tells", "telling", "ask", "asked", "asking", "invite", "invited", "met", "meet", "meets", "visit",
    "visited", "visiting", "help", "helped", "helping", "allow", "allowed", "let", "attack", "attacked", "defend",
    "defended", "blame", "blamed", "blaming", "criticised", "criticized", "praised", "thanked", "thank", "reassure",
    "reassured", "convince", "convinced", "persuade", "persuaded", "call", "called", "calling", "phoned", "briefed",
    "brief", "informed", "inform", "warned", "leaving", "hand", "handed", "give", "gave", "given", "supply", "supplied",
    "arm", "armed", "fund", "funded", "sanction", "sanctioned", "punish", "punished", "confront", "confronted",
)

# Prepositions before a mention that make it an object, not a holder.
OBJECT_PREPOSITIONS = (
    "of", "from", "to", "on", "in", "into", "with", "against", "by", "over", "about", "at", "toward",
    "towards", "between", "under", "onto", "across", "within", "through", "than", "including", "like",
    "and", "or", "for", "upon", "around", "inside", "outside", "behind", "near", "beyond",
)
