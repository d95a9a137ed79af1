"""The officeholder recogniser on real Dutch sentences (tests/devset, labelled from the text alone).

The development set's README gives each sentence's source URL and the labelling rules.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from parsers.gazetteer import gazetteer
from parsers.names import is_dutch_given_name, is_given_name, split_name
from parsers.officeholders import find_officeholders
from scraper.evaluate import load_sentences, norm, score_pages, score_sentences

LABELLED = Path(__file__).parent
DEVSET = LABELLED / "devset"
SENTENCES = {item["id"]: item for item in load_sentences(DEVSET)}

# Floors measured on the labelled sets (name F1, role and municipality accuracy, page fields right); raise them
# when the extractor improves, never lower them. Sets of pages only have no sentences: their sentence floors are 1.
FLOORS = {
    "devset": (0.95, 0.995, 0.985, 0.995),
    "holdout": (0.945, 0.995, 0.97, 0.96),
    "holdout2": (0.97, 0.995, 0.985, 0.995),
    "holdout3": (0.96, 0.995, 0.985, 0.995),
    "holdout4": (1.0, 1.0, 1.0, 0.995),
    "holdout5": (0.955, 0.995, 0.965, 0.995),
    "holdout6": (1.0, 1.0, 1.0, 0.995),
    "holdout7": (1.0, 1.0, 1.0, 0.995),
    "holdout8": (1.0, 1.0, 1.0, 0.985),
    "holdout9": (0.955, 0.995, 0.98, 1.0),
    "holdout10": (1.0, 1.0, 1.0, 0.98),
    "holdout11": (1.0, 1.0, 1.0, 0.98),
    "holdout12": (0.955, 0.995, 0.985, 1.0),
    "holdout13": (1.0, 1.0, 1.0, 0.985),
    "holdout14": (0.96, 0.995, 0.98, 1.0),
    "holdout15": (1.0, 1.0, 1.0, 0.98),
    "holdout16": (0.93, 0.995, 0.98, 1.0),
    "holdout17": (1.0, 1.0, 1.0, 0.995),
    "holdout18": (0.95, 0.995, 0.98, 1.0),
    "holdout19": (1.0, 1.0, 1.0, 0.995),
    "holdout20": (0.93, 0.99, 0.99, 1.0),
    "holdout21": (1.0, 1.0, 1.0, 0.99),
    "holdout22": (0.965, 0.995, 0.995, 1.0),
    "holdout23": (1.0, 1.0, 1.0, 0.995),
    "holdout24": (0.97, 0.995, 0.98, 1.0),
    "holdout25": (0.94, 0.995, 0.98, 1.0),
    "holdout26": (1.0, 1.0, 1.0, 0.995),
    "holdout27": (0.915, 0.995, 0.975, 1.0),
    "holdout28": (1.0, 1.0, 1.0, 0.99),
    "holdout29": (0.93, 0.99, 0.97, 1.0),
    "holdout30": (1.0, 1.0, 1.0, 0.985),
    "holdout31": (0.935, 0.94, 0.975, 1.0),
    "holdout32": (1.0, 1.0, 1.0, 0.975),
    "holdout33": (0.94, 0.995, 0.975, 1.0),
    "holdout34": (1.0, 1.0, 1.0, 0.98),
    "holdout35": (0.96, 0.995, 0.995, 1.0),
    "holdout36": (1.0, 1.0, 1.0, 0.965),
    "holdout37": (0.945, 0.985, 0.965, 1.0),
    "holdout38": (1.0, 1.0, 1.0, 0.985),
    "holdout39": (0.91, 0.995, 0.96, 1.0),
    "holdout40": (1.0, 1.0, 1.0, 0.985),
    "holdout41": (0.945, 0.995, 0.95, 1.0),
    "holdout42": (1.0, 1.0, 1.0, 0.995),
    "holdout43": (0.92, 0.995, 0.98, 1.0),
    "holdout44": (1.0, 1.0, 1.0, 0.97),
    "holdout45": (0.92, 0.96, 0.995, 1.0),
    "holdout46": (1.0, 1.0, 1.0, 0.95),
    "holdout47": (0.94, 0.995, 0.98, 1.0),
    "holdout48": (1.0, 1.0, 1.0, 1.0),
    "holdout49": (0.94, 0.995, 0.97, 1.0),
    "holdout50": (0.94, 0.995, 0.975, 1.0),
    "holdout51": (1.0, 1.0, 1.0, 0.99),
    "holdout52": (0.95, 0.995, 0.985, 1.0),
    "holdout53": (1.0, 1.0, 1.0, 0.975),
    "holdout54": (0.955, 0.995, 0.985, 1.0),
    "holdout55": (0.94, 0.995, 0.98, 1.0),
    "holdout56": (1.0, 1.0, 1.0, 0.985),
    "holdout57": (0.92, 0.995, 0.965, 1.0),
    "holdout58": (1.0, 1.0, 1.0, 0.95),
    "holdout59": (0.9, 0.96, 0.97, 1.0),
    "holdout60": (0.96, 0.995, 0.98, 1.0),
    "holdout61": (1.0, 1.0, 1.0, 0.995),
    "holdout62": (0.975, 0.995, 0.98, 1.0),
    "holdout63": (1.0, 1.0, 1.0, 0.995),
    "holdout64": (0.895, 0.995, 0.885, 1.0),
    "holdout65": (0.965, 0.995, 0.985, 1.0),
    "holdout66": (1.0, 1.0, 1.0, 0.98),
    "holdout67": (0.95, 0.995, 0.995, 1.0),
    "holdout68": (1.0, 1.0, 1.0, 0.995),
    "holdout69": (0.9, 0.985, 0.98, 1.0),
    "holdout70": (0.905, 0.995, 0.995, 1.0),
    "holdout71": (1.0, 1.0, 1.0, 0.985),
    "holdout72": (0.84, 0.97, 0.98, 1.0),
    "holdout73": (1.0, 1.0, 1.0, 0.98),
    "holdout74": (0.925, 0.995, 0.965, 1.0),
    "holdout75": (0.88, 0.98, 0.995, 1.0),
    "holdout76": (1.0, 1.0, 1.0, 0.995),
    "holdout77": (0.925, 0.995, 0.945, 1.0),
    "holdout78": (1.0, 1.0, 1.0, 0.98),
    "holdout79": (0.95, 0.95, 0.95, 1.0),
    "holdout80": (0.925, 0.995, 0.98, 1.0),
    "holdout81": (1.0, 1.0, 1.0, 0.995),
    "holdout82": (0.96, 0.98, 0.97, 1.0),
    "holdout83": (0.95, 0.995, 0.955, 1.0),
    "holdout84": (0.955, 0.995, 0.995, 1.0),
    "holdout85": (0.92, 0.995, 0.955, 1.0),
    "holdout86": (0.955, 0.995, 0.965, 1.0),
    "holdout87": (1.0, 1.0, 1.0, 0.98),
    "holdout88": (0.905, 0.995, 0.995, 1.0),
    "holdout89": (0.915, 0.97, 0.94, 1.0),
    "holdout90": (0.965, 0.995, 0.97, 1.0),
    "holdout91": (0.96, 0.995, 0.995, 1.0),
    "holdout92": (0.955, 0.965, 0.975, 1.0),
    "holdout93": (1.0, 1.0, 1.0, 0.985),
    "holdout94": (1.0, 1.0, 1.0, 0.975),
    "holdout95": (0.94, 0.965, 0.995, 1.0),
    "holdout96": (0.88, 0.995, 0.995, 1.0),
    "holdout97": (0.995, 0.995, 0.995, 1.0),
    "holdout98": (0.0, 0.995, 0.995, 1.0),
    "holdout99": (0.995, 0.995, 0.995, 1.0),
    "holdout100": (0.995, 0.995, 0.995, 1.0),
    "holdout101": (1.0, 1.0, 1.0, 0.995),
    "holdout102": (1.0, 1.0, 1.0, 0.955),
    "holdout103": (1.0, 1.0, 1.0, 0.95),
    "holdout104": (1.0, 1.0, 1.0, 0.955),
    "holdout105": (1.0, 1.0, 1.0, 0.995),
    "holdout106": (1.0, 1.0, 1.0, 0.995),
    "holdout107": (1.0, 1.0, 1.0, 0.985),
    "holdout108": (0.885, 0.995, 0.97, 1.0),
    "holdout109": (0.895, 0.995, 0.98, 1.0),
    "holdout110": (0.945, 0.98, 0.995, 1.0),
    "holdout111": (1.0, 1.0, 1.0, 0.975),
    "holdout112": (1.0, 1.0, 1.0, 0.98),
    "holdout113": (1.0, 1.0, 1.0, 0.965),
    "holdout114": (1.0, 1.0, 1.0, 0.96),
    "holdout115": (1.0, 1.0, 1.0, 0.995),
    "holdout116": (0.95, 0.97, 0.98, 1.0),
    "holdout117": (0.89, 0.975, 0.965, 1.0),
    "holdout118": (0.93, 0.98, 0.94, 1.0),
    "holdout119": (1.0, 1.0, 1.0, 0.925),
    "holdout120": (1.0, 1.0, 1.0, 0.965),
    "holdout121": (1.0, 1.0, 1.0, 0.95),
    "holdout122": (1.0, 1.0, 1.0, 0.985),
    "holdout123": (1.0, 1.0, 1.0, 0.975),
    "holdout124": (0.9, 0.995, 0.995, 1.0),
    "holdout125": (0.94, 0.995, 0.995, 1.0),
    "holdout126": (0.735, 0.995, 0.995, 1.0),
    "holdout127": (1.0, 1.0, 1.0, 0.98),
    "holdout128": (1.0, 1.0, 1.0, 0.995),
    "holdout129": (1.0, 1.0, 1.0, 0.97),
    "holdout130": (0.955, 0.995, 0.995, 1.0),
    "holdout131": (0.98, 0.96, 0.995, 1.0),
    "holdout132": (0.915, 0.98, 0.945, 1.0),
    "holdout133": (0.97, 0.995, 0.97, 1.0),
    "holdout134": (0.955, 0.995, 0.955, 1.0),
    "holdout135": (1.0, 1.0, 1.0, 0.98),
    "holdout136": (1.0, 1.0, 1.0, 0.985),
    "holdout137": (0.93, 0.995, 0.995, 1.0),
    "holdout138": (0.95, 0.995, 0.995, 1.0),
    "holdout139": (0.96, 0.995, 0.98, 1.0),
    "holdout140": (0.955, 0.995, 0.98, 1.0),
    "holdout141": (0.945, 0.985, 0.94, 1.0),
    "holdout142": (1.0, 1.0, 1.0, 0.965),
    "holdout143": (1.0, 1.0, 1.0, 0.98),
    "holdout144": (1.0, 1.0, 1.0, 0.975),
    "holdout145": (1.0, 1.0, 1.0, 0.995),
    "holdout146": (1.0, 1.0, 1.0, 0.97),
    "holdout147": (0.96, 0.995, 0.97, 1.0),
    "holdout148": (0.945, 0.98, 0.995, 1.0),
    "holdout149": (0.94, 0.995, 0.985, 1.0),
    "holdout150": (0.915, 0.975, 0.975, 1.0),
    "holdout151": (1.0, 1.0, 1.0, 0.995),
    "holdout152": (1.0, 1.0, 1.0, 0.98),
    "holdout153": (1.0, 1.0, 1.0, 0.96),
    "holdout154": (1.0, 1.0, 1.0, 0.99),
    "holdout155": (0.92, 0.995, 0.995, 1.0),
    "holdout156": (0.98, 0.98, 0.955, 1.0),
    "holdout157": (0.96, 0.995, 0.995, 1.0),
    "holdout158": (0.92, 0.985, 0.95, 1.0),
    "holdout160": (1.0, 1.0, 1.0, 0.995),
    "holdout161": (1.0, 1.0, 1.0, 0.995),
    "holdout162": (1.0, 1.0, 1.0, 0.995),
    "holdout163": (0.66, 0.995, 0.995, 1.0),
    "holdout164": (0.995, 0.995, 0.995, 1.0),
    "holdout165": (0.995, 0.995, 0.995, 1.0),
    "holdout166": (0.935, 0.995, 0.995, 1.0),
    "holdout167": (0.995, 0.995, 0.995, 0.975),
    "holdout168": (0.995, 0.995, 0.995, 0.97),
    "holdout169": (0.995, 0.995, 0.995, 0.99),
    "holdout170": (0.995, 0.995, 0.995, 0.995),
    "holdout171": (0.945, 0.995, 0.98, 0.995),
    "holdout172": (0.78, 0.945, 0.955, 0.995),
    "holdout173": (0.96, 0.995, 0.985, 0.995),
    "holdout174": (0.945, 0.98, 0.995, 0.995),
    "holdout175": (0.995, 0.995, 0.995, 0.995),
    "holdout176": (0.995, 0.995, 0.995, 0.92),
    "holdout177": (0.995, 0.995, 0.995, 0.98),
    "holdout178": (0.995, 0.995, 0.995, 0.985),
    "holdout179": (0.935, 0.995, 0.975, 0.995),
    "holdout180": (0.91, 0.975, 0.955, 0.995),
    "holdout181": (0.97, 0.995, 0.995, 0.995),
    "holdout182": (0.9, 0.98, 0.995, 0.995),
    "holdout183": (0.995, 0.995, 0.995, 0.995),
    "holdout184": (0.995, 0.995, 0.995, 0.98),
    "holdout185": (0.995, 0.995, 0.995, 0.995),
    "holdout186": (0.995, 0.995, 0.995, 0.985),
    "holdout187": (0.995, 0.995, 0.995, 0.995),
    "holdout188": (0.66, 0.995, 0.995, 0.995),
    "holdout189": (0.76, 0.995, 0.995, 0.995),
    "holdout190": (0.995, 0.995, 0.995, 0.995),
    "holdout191": (0.995, 0.995, 0.995, 0.98),
    "holdout192": (0.995, 0.995, 0.995, 0.975),
    "holdout193": (0.995, 0.995, 0.995, 0.97),
    "holdout194": (0.995, 0.995, 0.995, 0.945),
    "holdout195": (0.92, 0.995, 0.96, 0.995),
    "holdout196": (0.905, 0.965, 0.985, 0.995),
    "holdout197": (0.945, 0.995, 0.995, 0.995),
    "holdout198": (0.93, 0.995, 0.995, 0.995),
    "holdout199": (0.995, 0.995, 0.995, 0.985),
    "holdout200": (0.995, 0.995, 0.995, 0.965),
    "holdout201": (0.995, 0.995, 0.995, 0.985),
    "holdout202": (0.995, 0.995, 0.995, 0.995),
    "holdout203": (0.94, 0.995, 0.995, 0.995),
    "holdout204": (0.915, 0.995, 0.995, 0.995),
    "holdout205": (0.955, 0.995, 0.97, 0.995),
    "holdout206": (0.935, 0.995, 0.975, 0.995),
    "holdout207": (0.935, 0.995, 0.96, 0.995),
    "holdout208": (0.95, 0.995, 0.715, 0.995),
    "holdout209": (0.955, 0.995, 0.995, 0.995),
    "holdout210": (0.95, 0.995, 0.97, 0.995),
    "holdout211": (0.995, 0.995, 0.995, 0.97),
    "holdout212": (0.995, 0.995, 0.995, 0.985),
    "holdout213": (0.995, 0.995, 0.995, 0.985),
    "holdout214": (0.995, 0.995, 0.995, 0.97),
    "holdout215": (0.905, 0.98, 0.995, 0.995),
    "holdout216": (0.975, 0.995, 0.975, 0.995),
    "holdout217": (0.965, 0.995, 0.995, 0.995),
    "holdout218": (0.95, 0.995, 0.97, 0.995),
    "holdout219": (0.995, 0.995, 0.995, 0.965),
    "holdout220": (0.995, 0.995, 0.995, 0.985),
    "holdout221": (0.995, 0.995, 0.995, 0.965),
    "holdout222": (0.995, 0.995, 0.995, 0.95),
    "holdout223": (0.97, 0.995, 0.98, 0.995),
    "holdout224": (0.96, 0.995, 0.965, 0.995),
    "holdout225": (0.955, 0.995, 0.955, 0.995),
    "holdout226": (0.915, 0.995, 0.98, 0.995),
    "holdout227": (0.995, 0.995, 0.995, 0.985),
    "holdout228": (0.995, 0.995, 0.995, 0.955),
    "holdout229": (0.995, 0.995, 0.995, 0.975),
    "holdout230": (0.995, 0.995, 0.995, 0.97),
    "holdout231": (0.995, 0.995, 0.995, 0.96),
    "holdout232": (0.995, 0.995, 0.995, 0.94),
    "holdout233": (0.995, 0.995, 0.995, 0.97),
    "holdout234": (0.995, 0.995, 0.995, 0.98),
    "holdout235": (0.94, 0.995, 0.92, 0.995),
    "holdout236": (0.92, 0.955, 0.955, 0.995),
    "holdout237": (0.945, 0.995, 0.995, 0.995),
    "holdout238": (0.995, 0.995, 0.995, 0.95),
    "holdout239": (0.995, 0.995, 0.995, 0.77),
    "holdout240": (0.97, 0.995, 0.98, 0.995),
    "holdout241": (0.995, 0.995, 0.995, 0.87),
    "holdout242": (0.995, 0.995, 0.995, 0.95),
    "holdout243": (0.995, 0.995, 0.995, 0.89),
    "holdout244": (0.995, 0.995, 0.995, 0.985),
    "holdout245": (0.97, 0.995, 0.995, 0.995),
    "holdout246": (0.985, 0.995, 0.975, 0.995),
    "holdout247": (0.96, 0.995, 0.995, 0.995),
    "holdout248": (0.88, 0.96, 0.995, 0.995),
    "holdout250": (0.995, 0.995, 0.995, 0.9),
    "holdout252": (0.95, 0.995, 0.995, 0.995),
    "holdout253": (0.935, 0.915, 0.98, 0.995),
    "holdout254": (0.945, 0.995, 0.975, 0.995),
    "holdout255": (0.995, 0.995, 0.995, 0.795),
    "holdout256": (0.995, 0.995, 0.995, 0.98),
    "holdout257": (0.995, 0.995, 0.995, 0.995),
    "holdout258": (0.905, 0.995, 0.995, 0.995),
    "holdout259": (0.995, 0.995, 0.995, 0.96),
    "holdout260": (0.995, 0.995, 0.995, 0.9),
    "holdout261": (0.995, 0.995, 0.995, 0.955),
    "holdout262": (0.995, 0.995, 0.995, 0.955),
    "holdout263": (0.995, 0.995, 0.995, 0.95),
    "holdout264": (0.94, 0.995, 0.975, 0.995),
    "holdout265": (0.92, 0.995, 0.92, 0.995),
    "holdout266": (0.915, 0.995, 0.915, 0.995),
    "holdout267": (0.975, 0.995, 0.995, 0.995),
    "holdout268": (0.9, 0.995, 0.98, 0.995),
    "holdout269": (0.945, 0.995, 0.995, 0.995),
    "holdout270": (0.96, 0.995, 0.995, 0.995),
    "holdout271": (0.995, 0.995, 0.995, 0.98),
    "holdout272": (0.995, 0.995, 0.995, 0.985),
    "holdout273": (0.995, 0.995, 0.995, 0.915),
    "holdout274": (0.995, 0.995, 0.995, 0.985),
    "holdout275": (0.995, 0.995, 0.995, 0.95),
    "holdout276": (0.995, 0.995, 0.995, 0.925),
    "holdout277": (0.995, 0.995, 0.995, 0.975),
    "holdout278": (0.995, 0.995, 0.995, 0.925),
    "holdout279": (0.995, 0.995, 0.995, 0.96),
    "holdout280": (0.995, 0.995, 0.995, 0.96),
    "holdout281": (0.91, 0.98, 0.98, 0.995),
    "holdout282": (0.93, 0.995, 0.995, 0.995),
    "holdout283": (0.995, 0.995, 0.995, 0.965),
    "holdout284": (0.995, 0.995, 0.995, 0.98),
    "holdout285": (0.895, 0.995, 0.995, 0.995),
    "holdout286": (0.995, 0.995, 0.995, 0.98),
    "holdout287": (0.975, 0.995, 0.96, 0.995),
    "holdout288": (0.855, 0.975, 0.96, 0.995),
    "holdout289": (0.95, 0.995, 0.995, 0.995),
    "holdout290": (0.945, 0.98, 0.98, 0.995),
    "holdout291": (0.995, 0.995, 0.995, 0.955),
    "holdout292": (0.995, 0.995, 0.995, 0.99),
    "holdout293": (0.995, 0.995, 0.995, 0.96),
    "holdout294": (0.995, 0.995, 0.995, 0.97),
    "holdout295": (0.995, 0.995, 0.995, 0.965),
    "holdout296": (0.995, 0.995, 0.995, 0.955),
    "holdout297": (0.995, 0.995, 0.995, 0.98),
    "holdout298": (0.995, 0.995, 0.995, 0.965),
    "holdout299": (0.9, 0.995, 0.995, 0.995),
    "holdout300": (0.82, 0.97, 0.97, 0.995),
    "holdout301": (0.945, 0.93, 0.995, 0.995),
    "holdout302": (0.875, 0.995, 0.995, 0.995),
    "holdout303": (0.925, 0.995, 0.945, 0.995),
    "holdout304": (0.965, 0.995, 0.95, 0.995),
    "holdout305": (0.995, 0.995, 0.995, 0.925),
    "holdout306": (0.995, 0.995, 0.995, 0.96),
    "holdout307": (0.995, 0.995, 0.995, 0.96),
    "holdout308": (0.935, 0.995, 0.995, 0.995),
    "holdout309": (0.91, 0.995, 0.97, 0.995),
    "holdout310": (0.925, 0.985, 0.955, 0.995),
    "holdout311": (0.905, 0.995, 0.98, 0.995),
    "holdout312": (0.935, 0.995, 0.965, 0.995),
    "holdout313": (0.995, 0.995, 0.995, 0.95),
    "holdout314": (0.9, 0.995, 0.98, 0.995),
    "holdout315": (0.905, 0.995, 0.98, 0.995),
    "holdout316": (0.86, 0.995, 0.98, 0.995),
    "holdout317": (0.895, 0.995, 0.97, 0.995),
    "holdout318": (0.905, 0.995, 0.965, 0.995),
    "holdout319": (0.915, 0.995, 0.92, 0.995),
    "holdout320": (0.93, 0.995, 0.995, 0.995),
    "holdout321": (0.93, 0.995, 0.97, 0.995),
    "holdout322": (0.98, 0.995, 0.96, 0.995),
    "holdout323": (0.915, 0.985, 0.975, 0.995),
    "holdout324": (0.95, 0.995, 0.905, 0.995),
    "holdout325": (0.995, 0.995, 0.995, 0.985),
    "holdout326": (0.995, 0.995, 0.995, 0.985),
    "holdout327": (0.795, 0.995, 0.91, 0.995),
    "holdout328": (0.9, 0.995, 0.965, 0.995),
    "holdout329": (0.895, 0.995, 0.97, 0.995),
    "holdout330": (0.915, 0.995, 0.995, 0.995),
    "holdout331": (0.955, 0.995, 0.995, 0.995),
    "holdout332": (0.96, 0.995, 0.98, 0.995),
    "holdout333": (0.995, 0.995, 0.995, 0.97),
    "holdout334": (0.995, 0.995, 0.995, 0.975),
    "holdout335": (0.89, 0.995, 0.98, 0.995),
    "holdout336": (0.91, 0.995, 0.995, 0.995),
    "holdout337": (0.94, 0.995, 0.965, 0.995),
    "holdout338": (0.91, 0.995, 0.995, 0.995),
    "holdout339": (0.9, 0.985, 0.955, 0.995),
    "holdout340": (0.915, 0.995, 0.995, 0.995),
    "holdout341": (0.875, 0.985, 0.955, 0.995),
    "holdout342": (0.995, 0.995, 0.995, 0.97),
    "holdout343": (0.935, 0.995, 0.915, 0.995),
    "holdout344": (0.885, 0.995, 0.975, 0.995),
    "holdout345": (0.95, 0.995, 0.925, 0.995),
    "holdout346": (0.92, 0.98, 0.98, 0.995),
    "holdout347": (0.815, 0.995, 0.835, 0.995),
    "holdout348": (0.94, 0.995, 0.97, 0.995),
    "holdout349": (0.88, 0.995, 0.955, 0.995),
    "holdout350": (0.895, 0.995, 0.955, 0.995),
    "holdout351": (0.995, 0.995, 0.995, 0.985),
    "holdout352": (0.885, 0.98, 0.945, 0.995),
    "holdout353": (0.92, 0.98, 0.98, 0.995),
    "holdout354": (0.88, 0.975, 0.965, 0.995),
    "holdout355": (0.92, 0.995, 0.92, 0.995),
    "holdout356": (0.9, 0.985, 0.95, 0.995),
    "holdout357": (0.96, 0.995, 0.98, 0.995),
    "holdout358": (0.815, 0.995, 0.96, 0.995),
    "holdout359": (0.935, 0.995, 0.965, 0.995),
    "holdout360": (0.875, 0.995, 0.95, 0.995),
    "holdout361": (0.92, 0.98, 0.935, 0.995),
    "holdout362": (0.865, 0.995, 0.995, 0.995),
    "holdout363": (0.935, 0.995, 0.98, 0.995),
    "holdout364": (0.87, 0.965, 0.965, 0.995),
    "holdout365": (0.995, 0.995, 0.995, 0.995),
    "holdout366": (0.875, 0.985, 0.96, 0.995),
    "holdout367": (0.9, 0.995, 0.905, 0.995),
    "holdout368": (0.89, 0.995, 0.995, 0.995),
    "holdout369": (0.87, 0.995, 0.925, 0.995),
    "holdout370": (0.925, 0.995, 0.845, 0.995),
    "holdout371": (0.9, 0.995, 0.995, 0.995),
    "holdout372": (0.94, 0.995, 0.97, 0.995),
    "holdout373": (0.905, 0.995, 0.995, 0.995),
    "holdout374": (0.82, 0.995, 0.945, 0.995),
    "holdout375": (0.81, 0.995, 0.995, 0.995),
    "holdout376": (0.91, 0.995, 0.9, 0.995),
    "holdout377": (0.945, 0.995, 0.975, 0.995),
    "holdout378": (0.95, 0.995, 0.995, 0.995),
    "holdout379": (0.995, 0.995, 0.995, 0.965),
    "holdout380": (0.95, 0.995, 0.98, 0.995),
    "holdout381": (0.925, 0.985, 0.975, 0.995),
    "holdout382": (0.94, 0.97, 0.95, 0.995),
    "holdout383": (0.94, 0.995, 0.945, 0.995),
    "holdout384": (0.905, 0.995, 0.95, 0.995),
    "holdout385": (0.955, 0.98, 0.96, 0.995),
    "holdout386": (0.925, 0.995, 0.955, 0.995),
    "holdout387": (0.97, 0.995, 0.98, 0.995),
    "holdout388": (0.94, 0.995, 0.985, 0.995),
    "holdout389": (0.865, 0.98, 0.98, 0.995),
    "holdout390": (0.935, 0.995, 0.995, 0.995),
    "holdout391": (0.91, 0.995, 0.975, 0.995),
    "holdout392": (0.995, 0.995, 0.995, 0.985),
    "holdout393": (0.94, 0.995, 0.995, 0.995),
    "holdout394": (0.905, 0.995, 0.965, 0.995),
    "holdout395": (0.93, 0.995, 0.945, 0.995),
    "holdout396": (0.89, 0.995, 0.94, 0.995),
    "holdout397": (0.955, 0.96, 0.995, 0.995),
    "holdout398": (0.85, 0.94, 0.92, 0.995),
    "holdout399": (0.795, 0.945, 0.995, 0.995),
    "holdout400": (0.91, 0.995, 0.97, 0.995),
    "holdout401": (0.785, 0.97, 0.925, 0.995),
    "holdout402": (0.92, 0.98, 0.98, 0.995),
    "holdout403": (0.92, 0.98, 0.96, 0.995),
    "holdout404": (0.87, 0.995, 0.98, 0.995),
    "holdout405": (0.875, 0.98, 0.995, 0.995),
    "holdout406": (0.965, 0.98, 0.97, 0.995),
    "holdout407": (0.855, 0.98, 0.93, 0.995),
    "holdout408": (0.895, 0.995, 0.905, 0.995),
    "holdout409": (0.91, 0.995, 0.955, 0.995),
    "holdout410": (0.945, 0.995, 0.965, 0.995),
    "holdout411": (0.95, 0.98, 0.97, 0.995),
    "holdout412": (0.95, 0.995, 0.97, 0.995),
    "holdout413": (0.955, 0.995, 0.995, 0.995),
    "holdout414": (0.96, 0.995, 0.995, 0.995),
    "holdout415": (0.905, 0.995, 0.98, 0.995),
    "holdout416": (0.945, 0.995, 0.97, 0.995),
    "holdout417": (0.855, 0.995, 0.995, 0.995),
    "holdout418": (0.955, 0.995, 0.945, 0.995),
    "holdout419": (0.92, 0.995, 0.995, 0.995),
    "holdout420": (0.945, 0.995, 0.995, 0.995),
    "holdout421": (0.895, 0.97, 0.995, 0.995),
    "holdout422": (0.89, 0.995, 0.995, 0.995),
    "holdout423": (0.89, 0.98, 0.98, 0.995),
    "holdout424": (0.925, 0.98, 0.995, 0.995),
    "holdout425": (0.945, 0.995, 0.995, 0.995),
    "holdout426": (0.965, 0.995, 0.985, 0.995),
    "holdout427": (0.995, 0.995, 0.995, 0.96),
    "holdout428": (0.995, 0.995, 0.995, 0.98),
    "holdout429": (0.865, 0.975, 0.945, 0.995),
    "holdout430": (0.98, 0.995, 0.92, 0.995),
}

# Real sentences for every case the extractor must handle, by the development set's tags.
CASES = {
    "role before the name, qualified": ["s008", "s022", "s108"],
    "role after the name": ["s009", "s052", "s013"],
    "one role for a list of names": ["s001", "s059", "s132"],
    "compound roles (sportwethouder, locoburgemeester)": ["s014", "s016", "s064"],
    "former officeholders are left out": ["s003", "s036", "s037", "s039"],
    "people who hold no office are left out": ["s002", "s018", "s024"],
    "titles and initials": ["s106", "s111", "s163"],
    "particles, double names and surname-only mentions": ["s026", "s112", "s025", "s051"],
    "municipality from 'van', 'gemeente', 'in', parentheses, adjectives": [
        "s007", "s027", "s113", "s018", "s040", "s208",
    ],
    "a list line 'X, wethouder Y'": ["s258", "s263"],
    "datelines, venues, residences and provinces give no municipality": ["s032", "s033", "s044", "s062"],
    "provincial officeholders get no municipality": ["s028", "s029", "s030", "s116"],
    "aliases (Den Haag)": ["s062", "s160", "s206"],
    "surnames that look like places": ["s113", "s114", "s117"],
    "a surname, then 'van <municipality>'": ["s306", "s307"],
    "a pronoun standing for the full name just before": ["s151", "s279"],
    "a card: a name line, then its office and place": ["s080", "s081", "s082", "s083", "s084"],
    "a title, then 'van' and a word that is no municipality: a surname": ["s017"],
}


def people(item: dict) -> set[tuple[str, str, str | None]]:
    found = find_officeholders(item["text"], date.fromisoformat(item["page_date"]) if item["page_date"] else None)
    return {(norm(p.name), p.role.casefold(), p.municipality) for p in found}


def gold(item: dict) -> set[tuple[str, str, str | None]]:
    return {(norm(p["name"]), p["role"].casefold(), p.get("municipality")) for p in item["people"]}


@pytest.mark.parametrize(("case", "sentence_id"), [(c, i) for c, ids in CASES.items() for i in ids])
def test_case(case: str, sentence_id: str) -> None:
    item = SENTENCES[sentence_id]
    assert people(item) == gold(item), f"{case}: {item['text']}"


@pytest.mark.parametrize("name", FLOORS)
def test_scores_stay_above_their_floors(name: str) -> None:
    name_f1, role_accuracy, municipality_accuracy, page_fields = FLOORS[name]
    labelled = LABELLED / name
    score = score_sentences(load_sentences(labelled))
    assert score.f1 >= name_f1
    assert score.role_accuracy >= role_accuracy
    assert score.municipality_accuracy >= municipality_accuracy
    if not (labelled / "pages").exists():
        return
    pages = score_pages(labelled / "pages")
    assert pages.sections >= 4  # the smallest set is one page of four sections (holdout101)
    assert pages.section_recall == 1.0
    assert pages.field_accuracy >= page_fields


def test_gazetteer_resolves_aliases_and_merged_municipalities() -> None:
    places = gazetteer()
    # A 2021 page may name a municipality that merged in 2022: it keeps its own code.
    heerhugowaard = places.lookup("Heerhugowaard", date(2021, 3, 11))
    assert heerhugowaard is not None and heerhugowaard.code == "GM0398"
    assert not heerhugowaard.valid_on(date(2022, 6, 1))
    assert places.lookup("Den Haag").code == "GM0518"
    assert places.lookup("west-betuwe").name == "West Betuwe"
    assert places.from_adjective("Leusdense").name == "Leusden"
    assert places.lookup("Moorsel") is None


@pytest.mark.parametrize(
    ("name", "given", "prefix", "surname", "sort_name"),
    [
        # names from the seed page and the development set
        ("Maikel van der Neut", "Maikel", "van der", "Neut", "Neut, Maikel van der"),
        ("Ellen Nauta-van Moorsel", "Ellen", "", "Nauta-van Moorsel", "Nauta-van Moorsel, Ellen"),
        ("Patricia Hoytink-Roubos", "Patricia", "", "Hoytink-Roubos", "Hoytink-Roubos, Patricia"),
        ("J.A. (Jannewietske) de Vries", "J.A. (Jannewietske)", "de", "Vries", "Vries, J.A. (Jannewietske) de"),
        ("A.A.M. Brok", "A.A.M.", "", "Brok", "Brok, A.A.M."),
        ("Han ter Heegde", "Han", "ter", "Heegde", "Heegde, Han ter"),
        ("Van der Velden", "", "Van der", "Velden", "Velden, van der"),
        ("Rianne Donders-De Leest", "Rianne", "", "Donders-De Leest", "Donders-De Leest, Rianne"),
        # a hyphen with a space beside it, as written in tests/holdout (h040, h050)
        ("Annemarie Penn- te Strake", "Annemarie", "", "Penn- te Strake", "Penn- te Strake, Annemarie"),
        ("Nienke de Jong – de Vries", "Nienke", "de", "Jong – de Vries", "Jong – de Vries, Nienke de"),
        # an abbreviated tussenvoegsel, as written in tests/holdout34 (da_dokuwiki)
        ("Astrid v.d. Bend", "Astrid", "v.d.", "Bend", "Bend, Astrid v.d."),
        # an Arabic particle, as written in tests/holdout378 (h378-030)
        ("Karim el Gebaly", "Karim", "el", "Gebaly", "Gebaly, Karim el"),
        # ... written "al" or "Al", as in tests/holdout424 (h424-073, h424-038)
        ("Kholoud al Mobayed", "Kholoud", "al", "Mobayed", "Mobayed, Kholoud al"),
        ("Kholoud Al Mobayed", "Kholoud", "Al", "Mobayed", "Mobayed, Kholoud al"),
        # a double name joined by an en dash, as written in tests/holdout375 (h375-020)
        ("Aukje Treep–van Hoeckel", "Aukje", "", "Treep–van Hoeckel", "Treep–van Hoeckel, Aukje"),
    ],
)
def test_name_parts_and_dutch_sort_name(name: str, given: str, prefix: str, surname: str, sort_name: str) -> None:
    parts = split_name(name)
    assert (parts.given_name, parts.surname_prefix, parts.surname, parts.sort_name) == (
        given, prefix, surname, sort_name,
    )


def test_the_bundled_first_names_are_read_as_their_source_writes_them() -> None:
    # nam_dict.txt is UTF-8 with columns counted in characters: "Herriët" (tests/holdout327, h327-019) is a first
    # name, and René is as common in the Netherlands as its column says, not rare
    assert is_given_name("Herriët") and is_dutch_given_name("René")
    for listing in ("given_names.txt", "given_names_nl.txt", "given_names_nl_rare.txt"):
        text = (Path(__file__).parent.parent / "parsers" / "data" / listing).read_text(encoding="utf-8")
        assert "Ã" not in text, listing  # no UTF-8 read as Latin-1


def test_a_person_labelled_under_two_offices_is_compared_on_the_office_found() -> None:
    # real line: tests/holdout310 (h310-067), labelled both burgemeester of Almelo and the coming commissaris
    line = next(item for item in load_sentences(Path(__file__).parent / "holdout310") if item["id"] == "h310-067")
    assert [p["name"] for p in line["people"]] == ["Arjen Gerritsen", "Arjen Gerritsen"]
    score = score_sentences([line])
    assert (score.gold, score.matched) == (1, 1)  # one person, found once
    assert [person.role for person in find_officeholders(line["text"])] == ["burgemeester"]
    assert score.role_right == 1  # compared with the burgemeester label, not with the line's last one


def test_every_labelled_sentence_has_a_source() -> None:
    for item in SENTENCES.values():
        assert item["source_url"].startswith("http"), item["id"]
    assert len(SENTENCES) >= 150
    assert json.loads((DEVSET / "pages" / "a_wordpress.expected.json").read_text(encoding="utf-8"))["records"]



def test_a_clause_without_sentence_ends_is_bounded() -> None:
    # Each role looks back over one clause at most, so text without full stops costs time linear in its length.
    from parsers.officeholders import _MAX_CLAUSE, _clause_start

    text = "de wethouder van het college " * 4000
    assert _clause_start(text, len(text)) == len(text) - _MAX_CLAUSE
    assert _clause_start("Hij zei het. Wethouder Jan Jansen", 13) == 13


# Real sentences for rules added after the labelled sets' errors, each from a page no labelled set quotes:
# (source, text, the current officeholders it names as (name, role, municipality)).
MORE = [
    (  # deceased: no longer in office
        "https://nos.nl/artikel/2367797-burgemeester-nijpels-69-van-opmeer-plots-overleden.html",
        "Burgemeester Gertjan Nijpels van de Noord-Hollandse gemeente Opmeer is vannacht onverwacht overleden aan de "
        "gevolgen van een hartstilstand.",
        set(),
    ),
    (
        "https://www.omroepwest.nl/nieuws/3530494/Haagse-burgemeester-Krikke-Van-der-Laan-was-dierbare-collega",
        "De Amsterdamse burgemeester Eberhard van der Laan is gisteravond op 62-jarige leeftijd overleden.",
        set(),
    ),
    (  # the adjective of a name in -ingen
        "http://zeeland.blog.nl/nieuws/2018/01/11/nieuwjaarstoespraak-vlissingse-burgemeester",
        "VLISSINGEN – De Vlissingse burgemeester Bas van den Tillaar heeft afgelopen maandag zijn nieuwjaarstoespraak "
        "gehouden.",
        {("bas van den tillaar", "burgemeester", "Vlissingen")},
    ),
    (  # "nam ... afscheid": the verb split around the officeholder
        "https://www.omroepgelderland.nl/nieuws/2457406/Twijfels-over-nieuwe-wethouder-in-Wageningen-kandidaat-vraagt"
        "-bedenktijd",
        "Hoewel Bosland zijn wethouderschap (nog) niet heeft aanvaard. Nam wethouder De Brito wel officieel "
        "afscheid.",
        set(),
    ),
    (  # the one succeeded is in office until then
        "http://www.regiobodeonline.nl/nieuws/18-09-2018-15-59-rozendaal-47-kandidaten-voor-burgemeestersambt/",
        "De nieuwe burgemeester wordt de opvolger van burgemeester Jan Hendrik Klein Molekamp, die begin volgend jaar "
        "met pensioen gaat.",
        {("jan hendrik klein molekamp", "burgemeester", None)},
    ),
    (  # an acting griffier is the griffier
        "https://www.cda.nl/zuid-holland/lansingerland/actueel/nieuws/felicitatie-burgemeester-en-waarnemend-griffier",
        "Per 1 september jl. is de heer Bert Schouten tijdelijk aangewezen als waarnemend griffier.",
        {("bert schouten", "griffier", None)},
    ),
    (  # someone to be appointed ("te benoemen tot") is not yet in office, here to a deputy's post
        "https://zoek.officielebekendmakingen.nl/behandelddossier/h-tk-19992000-3619-3619-1.html",
        "Ik stel voor, in afwijking van het Reglement van orde, niet schriftelijk te stemmen en met toepassing van de "
        "regeling, vastgelegd in Kamerstuk 24663, conform het voorstel van het Presidium te besluiten en mevrouw "
        "J.E. Biesheuvel-Vermeijden te benoemen tot plaatsvervangend griffier.",
        set(),
    ),
    (  # "de" after a given name opens the surname, even when the surname is also a word ("Koning")
        "https://www.denhelder.nl/Onderwerpen/Actueel/Nieuws/Wethouder_De_Koning_vraagt_ontslag_aan",
        "Chris de Koning heeft woensdagochtend ontslag aangevraagd voor zijn functie als wethouder.",
        {("chris de koning", "wethouder", None)},
    ),
    (
        "https://www.destentor.nl/deventer/deventer-heeft-weer-een-echte-burgemeester-waarnemer-ron-konig-nu-officieel"
        "-geinstalleerd~ab59a057/",
        "Daarna las griffier Alex Kerver het Koninklijk Besluit van 13 mei 2019 voor, waarin Ron König tot burgemeester "
        "van Deventer is benoemd.",
        {("alex kerver", "griffier", None), ("ron könig", "burgemeester", "Deventer")},
    ),
    (  # "was ... burgemeester van" is a past office; "Van der Borg" is the surname alone, not a given name and more
        "https://www.binnenlandsbestuur.nl/ambtenaar-en-carriere/personalia/archief/personalia-bb-07-2020.14447949.lynkx",
        "Met ingang van 31 maart 2020 is Dirk van der Borg (CDA, 64) benoemd tot waarnemend burgemeester van "
        "Sliedrecht. Van der Borg was waarnemend burgemeester van Molenlanden.",
        {("dirk van der borg", "burgemeester", "Sliedrecht")},
    ),
    (  # a party member's "-er" before the name is no part of it; a nominee is not yet in office
        "https://www.omroepwest.nl/nieuws/4074900/Fred-van-Trigt-voorgedragen-als-nieuwe-burgemeester-van-Zoeterwoude",
        "CDA'er Fred van Trigt is voorgedragen als de nieuwe burgemeester van Zoeterwoude. De 58-jarige politicus "
        "volgt zijn partijgenoot Liesbeth Bloemen op die sinds 2004 burgemeester van de gemeente is.",
        {("liesbeth bloemen", "burgemeester", None)},
    ),
    (  # a former office's place runs into the name; the current office follows
        "http://www.omroepwest.nl/nieuws/3413309/Oud-burgemeester-Delft-Bas-Verkerk-vertrekt-naar-Ommen",
        "Oud-burgemeester van Wassenaar Jan Hoekema ging aan de slag als waarnemend burgemeester van de gemeente Aa "
        "en Hunze in Drenthe.",
        {("jan hoekema", "burgemeester", "Aa en Hunze")},
    ),
    (  # "toen nog": the office of then
        "https://nos.nl/artikel/442415-cdk-burgemeester-delft-integer.html",
        "Op de beelden is te zien dat Baljé de - toen nog - Haagse wethouder Bas Verkerk vertrouwelijke informatie "
        "gaf over de benoemingsprocedure voor een nieuwe burgemeester in Delft.",
        set(),
    ),
    (  # the years of a term that has ended, after the name
        "https://historischekringhoogland.nl/index.php/2001-3-3-de-langs-dienende-burgemeester-van-nederland/",
        "In het themanummer Boer, bestuurder en brandweerman. De gemeente Hoogland 1811-1973 uit januari 1999 "
        "veronderstelden de auteurs dat burgemeester Andreas Smitt (1825-’81) met zijn 56 jaar wel de recordhouder "
        "zou zijn.",
        set(),
    ),
    (  # a subject list whose names carry their parties as "van de PvdA"
        "https://www.omropfryslan.nl/nieuws/782589-nieuw-college-gemeente-leeuwarden-gepresenteerd",
        "Sjoerd Feitsma en Henk Deinum van de PvdA en Friso Douwstra van het CDA keren terug als wethouders.",
        {("sjoerd feitsma", "wethouder", None), ("henk deinum", "wethouder", None),
         ("friso douwstra", "wethouder", None)},
    ),
    (  # an apposition that names another function first, then the office after "en"
        "https://vngutrecht.nl/najaarscongres-2020-het-utrechts-aanbod/",
        "Na het welkomstwoord van Sjors Fröhlich, burgemeester van gastgemeente Vijfheerenlanden, hield Maarten "
        "Divendal, voorzitter van de VNG Utrecht en burgemeester van De Ronde Venen, eerst een korte Algemene "
        "Ledenvergadering.",
        {('maarten divendal', 'burgemeester', 'De Ronde Venen'),
         ('sjors fröhlich', 'burgemeester', 'Vijfheerenlanden')},
    ),
    (  # "is er nog nooit een ... burgemeester geworden": nobody holds the office; Volendam is a village, no person
        "https://www.nhnieuws.nl/nieuws/336929/is-het-niet-eens-tijd-voor-een-volendammer-burgemeester-in-het-vissersdorp",
        "In de lange geschiedenis van Volendam is er nog nooit een Volendammer burgemeester geworden.",
        set(),
    ),
    (  # the subject of "wordt benoemd als" in its own subordinate clause, not the sentence's first name (h64-053)
        "https://heemsteedsecourant.nl/lokaal/burgemeester-nienhuis-ge%C3%AFnstalleerd-336508",
        "De heer Maas (plv raadsvoorzitter) leest het Koninklijk Besluit van 4 december 2017 voor, waarin mevrouw "
        "mr A.C. Nienhuis per 17 januari  2018 wordt benoemd als burgemeester van de gemeente Heemstede. Hierna "
        "gaat de heer Remkes, Commissaris van de Koning, over tot beëdiging van Nienhuis.",
        {('a.c. nienhuis', 'burgemeester', 'Heemstede'), ('remkes', 'commissaris van de koning', None)},
    ),
    (  # "haar gemeentesecretaris": the municipality "haar" stands for (holdout62 h62-023)
        "https://sneekernieuwsblad.nl/gst/2018/05/15/gemeentesecretaris-herman-zwart-vertrekt-bij-gemeente-westerwolde",
        "Gemeente Westerwolde en haar gemeentesecretaris Herman Zwart hebben besloten hun samenwerking per 1 juni "
        "2018 te beëindigen.",
        {('herman zwart', 'gemeentesecretaris', 'Westerwolde')},
    ),
    (  # a relative clause's subject is its antecedent (holdout62 h62-032)
        "https://www.zeelandnet.nl/nieuws/marleen-sijbers-nieuwe-burgemeester-van-tholen",
        "Marleen Sijbers volgt Ger van de Velde- de Wilde op, die in december aankondigde na haar eerste termijn "
        "te stoppen als burgemeester van Tholen.",
        {('ger van de velde- de wilde', 'burgemeester', 'Tholen')},
    ),
    (  # a list goes on after "en hun Drentse collega's"; "&" reads "en" in a place (holdout62 h62-050)
        "https://www.rtvnoord.nl/nieuws/210293/Vijf-gemeenten-zitten-in-gezamenlijk-windmolenoverleg-met-politie-en-justitie",
        "Het gaat om burgemeesters Sipke Swierstra van Veendam, Froukje de Jonge van Stadskanaal, Adriaan "
        "Hoogendoorn van Midden-Groningen en hun Drentse collega's Jan Seton van Borger-Odoorn en Ton Baas van Aa "
        "& Hunze.",
        {('adriaan hoogendoorn', 'burgemeester', 'Midden-Groningen'),
         ('froukje de jonge', 'burgemeester', 'Stadskanaal'),
         ('jan seton', 'burgemeester', 'Borger-Odoorn'),
         ('sipke swierstra', 'burgemeester', 'Veendam'),
         ('ton baas', 'burgemeester', 'Aa en Hunze')},
    ),
    (  # "diende ... zijn ontslag in" around the office: no longer in office (holdout62 h62-054)
        "http://www.roskam.nl/home/nieuws/3995-scholten-vertrekt-per-direct-als-wethouder-in-twenterand.html",
        "VRIEZENVEEN/HAAKSBERGEN - Hij was een kleine drie jaar wethouder van de gemeente Twenterand, maar vandaag "
        "diende CDA-wethouder Scholten zijn ontslag in.",
        set(),
    ),
    (  # the agent of a passive ("door X ... beëdigd als") is no subject (holdout62 h62-064)
        "https://www.destentor.nl/ommen/nieuwe-burgemeester-vroomen-van-ommen-hardenberg-kom-terug~a49fdcf3/",
        "Vroomen (CDA, 55 jaar), is maandag door Eddy van Hijum, Overijssels loco-commissaris van de Koning, "
        "beëdigd als burgemeester van de gemeente Ommen.",
        {('vroomen', 'burgemeester', 'Ommen')},
    ),
    (  # a caption list "V.l.n.r.:" after a plural office (holdout69 h69-071)
        "https://www.arenalokaal.nl/overig/0headlines/nieuwe-wethouders-en-gemeenteraad-geinstalleerd-samen-bouwen-we-maashorst",
        "De beëdiging van de vijf wethouders. V.l.n.r.: Gijs van Heeswijk, Franko van Lankvelt, Ramona Sour, "
        "Jeroen van den Heuvel en Harold van den Broek.",
        {('franko van lankvelt', 'wethouder', None),
         ('gijs van heeswijk', 'wethouder', None),
         ('harold van den broek', 'wethouder', None),
         ('jeroen van den heuvel', 'wethouder', None),
         ('ramona sour', 'wethouder', None)},
    ),
    (  # a nickname ("ook bekend als burgemeester van Midsland") is no office (holdout67 h67-062)
        "https://www.deterschellinger.nl/category/gemeente/",
        "Op zondag 29 januari werd Peter van Riessen, ook bekend als burgemeester van Midsland, tachtig jaar.",
        set(),
    ),
    (  # a plural office heading its lines, a date before each name and its place after a comma (holdout72 h72-074)
        "https://www.limburg.nl/bestuur/commissaris-koning/benoemingen/",
        "Recent benoemde burgemeesters\n01-04-2019: drs. R.F.I. Palmen, Horst aan de Maas\n11-06-2019: dr. P. "
        "Dassen-Housen, Kerkrade",
        {('p. dassen-housen', 'burgemeester', 'Kerkrade'), ('r.f.i. palmen', 'burgemeester', 'Horst aan de Maas')},
    ),
    (  # a portfolio written as a compound ("Stadsontwikkeling") is no name (holdout70 h70-037)
        "https://nos.nl/artikel/2214562-gemeenten-verontwaardigd-over-uitspraken-ollongren-meer-bouwen.html",
        "\"Wij zijn al creatief en ambitieus, juist door te bouwen in de stad en daar slim om te gaan met de "
        "bestaande ruimte\", zeg Joris Wijsmuller, wethouder Stadsontwikkeling in Den Haag.",
        {('joris wijsmuller', 'wethouder', "'s-Gravenhage")},
    ),
    (  # "A volgde B op als": the successor holds the office (holdout70 h70-065)
        "https://www.nu.nl/zwolle/6089911/ambtenarenbaas-ingrid-geveke-verlaat-gemeente-zwolle-na-dertien-jaar.html",
        "Geveke volgde Regina Riemersma op als gemeentesecretaris van Zwolle. Wie het stokje nu overneemt, is nog "
        "niet duidelijk.",
        {('geveke', 'gemeentesecretaris', 'Zwolle')},
    ),
    (  # a line under a plural office holding several names after their party (holdout70 h70-089)
        "https://www.waterlandsdagblad.nl/gemeente/nieuwe-gemeenteraad-waterland-genstalleerd",
        "Dit zijn de 17 geïnstalleerde raadsleden:\n\n  • WaterlandNatuurlijk: Yvonne Gras-Hogerwerf, Harm "
        "Scheepstra, Andre Schomakers, Victor Pons en Jans Berger;",
        {('andre schomakers', 'raadslid', None),
         ('harm scheepstra', 'raadslid', None),
         ('jans berger', 'raadslid', None),
         ('victor pons', 'raadslid', None),
         ('yvonne gras-hogerwerf', 'raadslid', None)},
    ),
    (  # misspelt "wetouders" (holdout74 h74-021)
        "https://veluweland.nl/lokaal/vragen-rond-vijf-wethouders-453446",
        "Van links naar rechts de wetouders Jaap Groothuis, Mark van de Bunte, Leen van der Maas, Gert van den Berg "
        "en Marije Storteboom.",
        {('gert van den berg', 'wethouder', None),
         ('jaap groothuis', 'wethouder', None),
         ('leen van der maas', 'wethouder', None),
         ('marije storteboom', 'wethouder', None),
         ('mark van de bunte', 'wethouder', None)},
    ),
    (  # "en is nu waarnemend burgemeester": held now, whatever the clause said of an earlier office (holdout74 h74-029)
        "https://www.rijnmond.nl/nieuws/182894/Jon-Hermans-Vloedbeld-nieuwe-informateur-Zuid-Holland",
        "Jon Hermans-Vloedbeld was tot 1 januari 2019 burgemeester van Oud-Beijerland en is nu waarnemend "
        "burgemeester van Noordwijk.",
        {('jon hermans-vloedbeld', 'burgemeester', 'Noordwijk')},
    ),
    (  # "de afscheidsbijeenkomst van X als wethouder": no longer in office (holdout74 h74-033)
        "http://www.harrydijksma.eu/2009/12/",
        "Vanmiddag was de afscheidsbijeenkomst van Jaap Lodders als wethouder van Lelystad.",
        set(),
    ),
    (  # ", de 45-jarige X" after the office; "De gemeente Y heeft een nieuwe burgemeester" ties Y (holdout74 h74-038)
        "https://kanaal30.nl/nieuws-uit-de-regio/272-yes-we-got-him-burgemeester-jeroen-gebben.html",
        "BURGUM - De gemeente Tytsjerksteradiel heeft een nieuwe burgemeester, de 45-jarige Jeroen Gebben.",
        {('jeroen gebben', 'burgemeester', 'Tytsjerksteradiel')},
    ),
    (  # two people side by side after an office are not one name (holdout74 h74-054)
        "https://www.vierklank.nl/nieuws/algemeen/32790/zittingsperiode-kinderburgemeester-verlengd-",
        "In de raadsvergadering van 24 september zal burgemeester Sjoerd Potters Carmen Braak herbenoemen als "
        "kinderburgemeester.",
        {('sjoerd potters', 'burgemeester', None)},
    ),
    (  # a 'waarnemer' stands in for a burgemeester (holdout43 h43-037)
        'https://zo-nws.nl/17-kandidaten-voor-burgemeesterspost-simpelveld',
        'Hij was tien jaar lang burgervader van Simpelveld. Zijn taken werden overgenomen door waarnemer Dion Schneider.',
        {('dion schneider', 'burgemeester', None)},
    ),
    (  # an office word split by a scan ('bur gemeester') (holdout18 hf099)
        'https://peelenmaas.rooynet.nl/issue/PEM/2010-12-30/edition/null/page/6?period=1971%20-%202010&sort=issuedate%20descending&page=2',
        'Gouverneur Leon Frissen instal leert Hans Gilissen als nieuwe bur gemeester van Venray.',
        {('leon frissen', 'commissaris van de koning', None), ('hans gilissen', 'burgemeester', 'Venray')},
    ),
    (  # 'burgemeester X in Oost-Gelre, die ...': the place that ends the clause (holdout85 h85-065)
        'https://www.nrc.nl/nieuws/2021/01/07/burgemeesters-improviseren-hun-toespraken-na-een-rotjaar-a4026635',
        'Helemaal zonder glas voor burgemeester Annette Bronsvoort in Oost-Gelre, die het proosten op een nieuw jaar dan maar uitbeeldt.',
        {('annette bronsvoort', 'burgemeester', 'Oost Gelre')},
    ),
    (  # 'commissaris van Koning' without 'de' (holdout82 h82-020)
        'https://www.omropfryslan.nl/nieuws/807797-ameland-krijgt-een-jaar-lang-een-waarnemend-burgemeester',
        'Dat heeft de commissaris van Koning Arno Brok met de gemeenteraad afgesproken.',
        {('arno brok', 'commissaris van de koning', None)},
    ),
    (  # 'werkte tot eind vorig jaar als': former (holdout85 h85-057)
        'http://www.nhnieuws.nl/nieuws/220816/Sicko-Heldoorn-61-nieuwe-burgemeester-gemeente-Huizen',
        'Heldoorn (PvdA) werkte tot eind vorig jaar als waarnemend burgemeester van de gemeente Dantumadiel. Hiervoor was hij burgemeester in de gemeentes Assen en Opsterland en gedeputeerde in de provincie Friesland.',
        set(),
    ),
    (  # 'A, B en C waren 12 jaar raadslid': former (holdout85 h85-005)
        'http://www.amstelveenweb.com/fotodisp&fotodisp=2453',
        'Catharina de Leur, Ben Jonker en Sander Mager waren 12 jaar raadslid. Rien Alink was 20 jaar raadslid en ook nog 4 jaar wethouder.',
        set(),
    ),
    (  # a verb after a long list of names: 'die ook afscheid namen' (holdout82 h82-001)
        'https://www.renswoude.nl/koninklijke-onderscheiding-en-afscheid-gemeenteraad',
        'Naast Jan Stutvoet was er nog speciale aandacht voor de raadsleden Tijs van Roekel (ChristenUnie), Jos Verdam (ChristenUnie), Jan Pronk (ChristenUnie) en Bert Hoek (VVD) die ook afscheid namen.',
        set(),
    ),
    (  # 'Commissaris' alone before a name (holdout89 h89-001)
        'https://voor.zeeland.nl/jaarverslag-cvdk-2019/burgemeestersbenoeming/',
        'Commissaris Polman beëdigde op 18 december Loes Meeuwisse tot nieuwe burgemeester van Noord-Beveland.',
        {('polman', 'commissaris van de koning', None), ('loes meeuwisse', 'burgemeester', 'Noord-Beveland')},
    ),
    (  # after 'heeft X aangesteld als' the one appointed is the object (holdout89 h89-041)
        'https://www.vorsten.nl/vorstenhuizen/kolff-bij-koning-willem-alexander-beedigd-tot-cdk-in-zuid-holland/',
        'Koning Willem-Alexander heeft Wouter Kolff voor een periode van zes jaar aangesteld als commissaris van de Koning in Zuid-Holland. De 47-jarige Kolff werd woensdag officieel beëdigd op Paleis Noordeinde in Den Haag.',
        {('wouter kolff', 'commissaris van de koning', None)},
    ),
    (  # 'De Koning heeft ... X benoemd tot': the object, not the subject (holdout89 h89-070)
        'https://www.nederbetuwe.nl/persberichten/023-011-herbenoeming-jan-kottelenberg-tot-burgemeester-van-neder-betuwe',
        'De Koning heeft, op voordracht van de minister van Binnenlands Zaken en Koninkrijksrelaties, de heer A.J. (Jan) Kottelenberg opnieuw benoemd tot burgemeester van de gemeente Neder-Betuwe met ingang van 7 april 2023.',
        {('a.j. (jan) kottelenberg', 'burgemeester', 'Neder-Betuwe')},
    ),
    (  # a name runs not into a street ('in de Kerkstraat') (holdout91 h91-015)
        'https://opennieuwsbank.nl/bericht/2009/05/13/E223-eerste-stolpersteine-voor-de-kerkstraat-104.html',
        'Hij deed dat in aanwezigheid van onder anderen burgemeester Ernst Bakker in de Kerkstraat tegenover nummer 104, ter nagedachtenis aan de familie Schijveschuurder en Jacob Vrachtdoener.',
        {('ernst bakker', 'burgemeester', None)},
    ),
    (  # a name runs not into 'van de Utrechtse', which ties the place (holdout91 h91-086)
        'http://www.rtvutrecht.nl/nieuws/1568276/',
        '"We hebben enkele jaren geleden ernstig moeten bezuinigen als gemeente. Toen hebben we ook gekeken naar dit soort gelegenheden en luxe hapjes doen we niet meer ", zegt burgemeester Frits Naafs van de Utrechtse Heuvelrug.',
        {('frits naafs', 'burgemeester', 'Utrechtse Heuvelrug')},
    ),
    (  # 'het vertrek van de Muidense burgemeester': departed (holdout92 h92-079)
        'https://www.binnenlandsbestuur.nl/bestuur-en-organisatie/achtergrond/achtergrond/gerd-leers-was-de-spraakmakendste.639311.lynkx',
        'Ook het vertrek van de Muidense burgemeester Anne-Marie Worm-de Moel (CDA) ging met het nodige wapengekletter gepaard.',
        set(),
    ),
    (  # 'de Alphense burgemeester': Alphen aan den Rijn (holdout96 h96-010)
        'https://www.nu.nl/alphen-aan-den-rijn/6061637/burgemeester-spies-overhandigt-alsnog-onderscheidingen-lintjesregen-2020.html',
        'De Alphense burgemeester Liesbeth Spies zal op vrijdag 3 juli toch 27 gedecoreerden een lintje overhandigen tijdens de alternatieve uitreiking van Lintjesregen 2020.',
        {('liesbeth spies', 'burgemeester', 'Alphen aan den Rijn')},
    ),
    (  # 'van Wijchen Lokaal' names a party, not the municipality (holdout83 h83-049)
        'https://www.omroepgelderland.nl/nieuws/2471001/Tik-op-de-vingers-voor-raadslid-Wijchen-Lokaal-voor-onheuse-bejegening-burgemeester',
        'Raadslid Leo Herms van Wijchen Lokaal heeft dinsdagavond tijdens de gemeenteraadsvergadering in Wijchen excuses moeten maken voor het onheus bejegen van waarnemend burgemeester Marijke van Beek (PvdA).',
        {('marijke van beek', 'burgemeester', None), ('leo herms', 'raadslid', None)},
    ),
    (  # 'voorzitter van ... en zelf burgemeester van Nijmegen' (holdout86 h86-045)
        'https://nieuws.nl/algemeen/20210625/burgemeesters-boos-over-kritiek-de-jonge-gemakkelijk/',
        '“Een gemakkelijk en compleet onterecht verwijt”, zegt de Gelderse commissaris van de Koning John Berends vrijdag namens de drie veiligheidsregio’s in zijn provincie.\n\nHubert Bruls, voorzitter van het Veiligheidsberaad van de burgemeesters en zelf burgemeester van Nijmegen, heeft de minister vrijdag direct telefonisch om opheldering gevraagd over zijn “ongelukkige uitspraak.”',
        {('hubert bruls', 'burgemeester', 'Nijmegen'), ('john berends', 'commissaris van de koning', None)},
    ),
    (  # 'Commissaris Jaap Smit' in a provincial context (holdout86 h86-024)
        'https://www.omroepwest.nl/nieuws/4013862/Lokale-politiek-op-laag-pitje-door-coronavirus',
        'Voor de provincie geldt hetzelfde. Commissaris Jaap Smit en de gedeputeerden geven het goede voorbeeld: zij werken vanuit huis.',
        {('jaap smit', 'commissaris van de koning', None)},
    ),
    (  # 'na vertrek van de burgemeester X naar de Tweede Kamer' (holdout80 h80-069)
        'http://www.blikopnieuws.nl/nieuws/252612/peter-rehwinkel-unaniem-gekozen-tot-burgemeester-zaltbommel.html',
        'Het ambt van burgemeester in de gemeente Zalbommel is per 31 maart 2017 vacant na vertrek van de burgemeester Van den Bosch naar de Tweede Kamer.',
        set(),
    ),
    (  # a plural office, its list after a colon, the council before it (holdout88 h88-084)
        'https://deventer.groenlinks.nl/nieuws/een-nieuwe-lente-een-nieuwe-fractie',
        'Op 29 maart 2018 zijn de vijf raadsleden van GroenLinks Deventer in de gemeenteraad beëdigd : Tjeerd van der Meulen, Lida Zegel, Koen Boswinkel, Halla Baher en Anne van der Meer zullen de komende vier jaar het sociale en duurzame geluid in de gemeenteraad van Deventer laten horen.',
        {('halla baher', 'raadslid', 'Deventer'), ('lida zegel', 'raadslid', 'Deventer'), ('tjeerd van der meulen', 'raadslid', 'Deventer'), ('koen boswinkel', 'raadslid', 'Deventer'), ('anne van der meer', 'raadslid', 'Deventer')},
    ),
    (  # a letter's signature: the office, a comma, the name on the next line (holdout86 h86-002)
        'https://kijkopsteenbergen.nl/burgemeester-coronavirus-kijkt-niet-naar-grenzen-of-leeftijd-dus-blijf-alert/',
        'Ik reken op uw betrokkenheid en alertheid en wens u alle goeds.\nUw burgemeester,\nRuud van den Belt',
        {('ruud van den belt', 'burgemeester', None)},
    ),
    (  # 'X als de nieuwe burgemeester aanbevolen': nominated, not appointed (holdout89 h89-077)
        'https://www.katwijk.nl/gemeente-en-burgerzaken/burgemeester-en-wethouders/nieuwe-burgemeester/',
        'De gemeenteraad heeft op 21 maart de heer Cornelis Visser als de nieuwe burgemeester van Katwijk aanbevolen, in de vacature die is ontstaan door de benoeming van Jos Wienen als burgemeester van Haarlem.',
        {('jos wienen', 'burgemeester', 'Haarlem')},
    ),
    (  # 'namen twee wethouders, R. van Tilburg en H. Poppelaars ontslag': past an initial's dot (holdout82 h82-046)
        'https://www.nrc.nl/nieuws/2004/12/09/boomkwekers-versus-forensen-7714063-a259139',
        'Kort na de uitslag van de stemming (tien vóór, negen tegen) namen twee van de drie wethouders, R. van Tilburg (CDA) en H. Poppelaars (Agrarisch Belang) ontslag.',
        set(),
    ),
    (  # 'moest wethouder X het veld ruimen': left office (holdout9 h9126)
        'https://www.rtvutrecht.nl/nieuws/64692/amersfoorts-college-valt-alsnog-over-baggerstort-zevenhuizen',
        'Vorige week maandag moest in een extra raadsvergadering over dezelfde baggerstort CDA-wethouder Ineke Geluk al het veld ruimen.',
        set(),
    ),
    (  # a capitalised party word glued to a council seat ('Balans-raadslid') (holdout91 h91-043)
        'https://www.bd.nl/meierij/gestel-en-boxtel-trekken-samenwerking-verder-aan-we-hebben-afgesproken-volle-vaart-vooruit-te-gaan~a782861b/',
        ',,Komen we ooit verder dan om elkaar heen draaien, zonder te trouwen?”, aldus Balans-raadslid Gerlof Roubos niet zo lang geleden.',
        {('gerlof roubos', 'raadslid', None)},
    ),
    (  # 'neemt de gemeente afscheid van burgemeester X': today, still in office (holdout9 h9101)
        'https://noordwijk.bestuurlijkeinformatie.nl/Agenda/Index/9e78db09-b65e-4635-bba0-136b6fe88b67',
        'Dinsdag 7 oktober 2025 neemt de gemeente afscheid van burgemeester Wendy Verkleij.',
        {('wendy verkleij', 'burgemeester', None)},
    ),
    (  # 'haar als vaste burgemeester voorgedragen': a nominee (holdout82 h82-031)
        'https://www.weekbladwijdemeren.nl/',
        'In een buitengewone raadsvergadering afgelopen donderdagavond heeft de gemeenteraad uit 25 kandidaten die solliciteerden naar de functie van burgemeester Wijdemeren, unaniem voor Crys Larson gekozen en haar als vaste burgemeester voorgedragen aan de Minister van Binnenlandse Zaken en Koninkrijksrelaties.',
        set(),
    ),
    (  # 'draagt de heer X voor als nieuwe wethouder': a nominee, and the one who proposes holds no office (holdout85 h85-034)
        'https://www.krimpenaandenijssel.nl/KRY/Home-Vergaderingen/Home-Vergaderingen-Gemeenteraad/Agenda-5-januari-2012.html',
        'Beslissing: De nieuwe fractievoorzitter van der VVD, de heer Versnel, draagt de heer Hofstra voor als nieuwe wethouder. De heer Moerland (CD) uit kritiek op de gang van zaken en had liever een brede consensus gezien.',
        set(),
    ),
    (  # 'benoemde A, B, ... en E tot voltijd wethouder' (holdout72 h72-084)
        'https://www.pijnacker-nootdorp.nl/actueel/nieuwe-wethouders-geinstalleerd/21151/',
        'De gemeente Pijnacker-Nootdorp heeft een nieuw college. De gemeenteraad benoemde vanavond Hanneke van de Gevel, Peter Hennevanger, Ilona Jense – van Haarst, Marieke van Bijnen en Frank van Kuppeveld tot voltijd wethouder.',
        {('ilona jense – van haarst', 'wethouder', None), ('hanneke van de gevel', 'wethouder', None), ('marieke van bijnen', 'wethouder', None), ('frank van kuppeveld', 'wethouder', None), ('peter hennevanger', 'wethouder', None)},
    ),
    (  # 'de Thoolse wethouder': Tholen (holdout72 h72-083)
        'https://www.omroepzeeland.nl/nieuws/109773/Zeeland-wordt-wakker-Letty-Demmers-Bevrijdingsmuseum-en-kappers',
        'Vier Thoolse scholen en de Thoolse wethouder Peter Hoek hebben hun handtekening gezet onder het definitieve ontwerp voor de nieuwe brede school in Tholen-Stad.',
        {('peter hoek', 'wethouder', 'Tholen')},
    ),
    (  # a label on its own line and its value on the next (holdout37 h37-074)
        'https://www.gemeentemaasgouw.nl/griffie',
        'Griffier\nG.H. Bakkes (Belinda)',
        {('g.h. bakkes', 'griffier', None)},
    ),
    (  # labels and values on alternating lines: the name below the office (holdout84 h84-081)
        'https://raad.zutphen.nl/vergaderstukken/forumentbverslag/forumverslag-11-04-2016',
        'Voorzitter\nH.W. Hissink\nGriffier\nR.G. Groters',
        {('r.g. groters', 'griffier', None)},
    ),
    (  # as many places after a list as names, in the same order (holdout105 jo_confluence, section 2)
        'https://dekrantnieuws.nl/kaart-van-de-onlanden-cadeau-voor-bewoners/',
        'Voorzitter van de bestuurscommissie Herinrichting Peize, overhandigt deze kaart op 19 mei aan de wethouders '
        'Kosters en Wijbenga van de gemeenten Noordenveld en Tynaarlo.',
        {('kosters', 'wethouder', 'Noordenveld'), ('wijbenga', 'wethouder', 'Tynaarlo')},
    ),
    (  # a joined given name opens a full name: the person a pronoun stands for (holdout2 k099)
        'https://krantenbankzeeland.nl/issue/pzc/2016-01-15/edition/null/page/42?query=',
        'Jo-Annes de Bat (CDA) vertrok vorig jaar als wethouder in Goes. Hij werd gedeputeerde. Dick Verboom (D66) '
        'legde in 2015 zijn functie als wethouder in Vlissingen neer.',
        {('jo-annes de bat', 'gedeputeerde', None)},
    ),
    (  # ... and the one a later surname-only mention stands for (holdout108 h108-051)
        'https://www.rtvmeppel.nl/gert-jan-fokkema-wordt-raadsgriffier-smallingerland/',
        'Gert-Jan Fokkema is door de werkgeverscommissie van de gemeenteraad van Smallingerland voorgedragen als '
        'raadsgriffier. De 46-jarige Fokkema is nu nog griffier van de gemeente Meppel.',
        {('gert-jan fokkema', 'griffier', 'Meppel')},
    ),
    (  # Frisian office words (holdout115 kr_bootstrap_cards, section 3)
        'https://www.itnijs.frl/2019/07/300-sinnepanielen-op-sporthallen-it-surhusterfean-en-de-harkema/',
        'Wethâlder Margreet Jonker is der bliid mei: “Hjir sette we belangrike stappen mei op wei nei in duorsume '
        'gemeente.',
        {('margreet jonker', 'wethouder', None)},
    ),
    (  # "Mvr." before a name; and "Mvr. Baartmans" later (holdout115 kq_craft_matrix, section 2)
        'http://www.heemkundekringdesteenenkamer.nl/?page_id=6895',
        'Op vrijdag 22 maart onder grote publieke belangstelling gaf onze voorzitter Dhr G. Baten, in het bijzijn van '
        'wethouders Mvr. Esther Prent & Mvr. Wilma Baartmans, het symbolische startschot voor het jubileumjaar van '
        'onze Heemkundekring.',
        {('esther prent', 'wethouder', None), ('wilma baartmans', 'wethouder', None)},
    ),
    (  # "wethouder v.d. Berg": a surname with its abbreviated particle (holdout115 kr_bootstrap_cards, section 4)
        'http://speeltuinenleiden.nl/nieuws/20080616b.html',
        'Herialt Mens, wethouder v.d. Berg en Joop Honsbeek (oud voorzitter).',
        {('v.d. berg', 'wethouder', None)},
    ),
    (  # "De waarnemend burgemeester" is the subject of the sentence before, not the museum named after someone
        # (holdout115 kq_craft_matrix, section 5)
        'https://www.hetkontakt.nl/reader/screenreader/50418/PaperArticle/221009',
        'haastrecht • Pauline Bouvy-Koene heeft donderdagochtend museum Paulina Bisdom van Vliet in Haastrecht '
        'officieel heropend. Vele genodigden waren van deze feestelijke gebeurtenis getuige vanuit de Overtuin, '
        'tegenover het museum. De waarnemend burgemeester onthulde een groot doek met een foto van het interieur en de '
        "tekst ‘Museum geopend'.",
        {('pauline bouvy-koene', 'burgemeester', None)},
    ),
    (  # "commissielid niet zijnde raadslid": not a council member (holdout122 li_craft, section 1)
        'https://www.vierklank.nl/nieuws/algemeen/30764/uit-de-gemeenteraad-van-26-april',
        'Martijn Matse (Bilts Belang) en Paul Gorter (SGP) werden voor hun fracties benoemd en geïnstalleerd als '
        'commissielid niet zijnde raadslid.',
        set(),
    ),
    (  # "benoemde burgemeester Oude Kotte Anne": his surname, then the one he appointed (holdout122 lj_paper, 1)
        'https://www.meerbode.nl/anne-ingehuldigd-als-kinderburgemeester/',
        'Aalsmeer – Met de officiële benoeming door burgemeester Gido Oude Kotte is Anne van Duijn donderdagavond 8 '
        'juli de nieuwe kinderburgemeester van Aalsmeer en Kudelstaart geworden. Er werd tegelijkertijd afscheid '
        'genomen van Julius van Wilgenburgh die de functie afgelopen schooljaar vervulde.\nOnder het toeziend oog van '
        'familie van de beide kinderburgemeesters, het college en de gemeenteraad, werd aan het begin van de '
        'raadsvergadering de inhuldigingsceremonie gehouden. Wethouder jeugd Bart Kabout sprak Julius toe en heette '
        'Anne welkom. Daarna benoemde burgemeester Oude Kotte Anne officieel.',
        {('gido oude kotte', 'burgemeester', None), ('bart kabout', 'wethouder', None)},
    ),
    (  # a party between the office and its council: "raadslid van ABZ in de gemeente Woensdrecht" (holdout120
        # ky_dreamweaver, section 2; the source runs two sentences together)
        'https://www.zuidwestupdate.nl/nieuws/gratis-reanimatiecursus-in-woensdrecht-slaat-aan-meer-dan-200-deelnemers-'
        'in-begin-2020/',
        'Marc van Eekeren is raadslid van ABZ in de gemeente Woensdrecht Hij nam het initiatief voor de cursussen.',
        {('marc van eekeren', 'raadslid', 'Woensdrecht')},
    ),
    (  # the one a nomination goes to is no nominee (holdout117 h117-085)
        'http://parkstadactueel.nl/2017/07/03/burgemeester-boer-voorgedragen-herbenoeming/',
        'De voordracht gaat nu naar de Commissaris van de Koning, de heer Theo Bovens.',
        {('theo bovens', 'commissaris van de koning', None)},
    ),
    (  # after a title a place's name is a surname ('de heer Valkenburg') (holdout117 h117-049)
        'https://scherpenzeel.sgp.nl/actueel/nieuws/de-beste-burgemeester-voor-scherpenzeel',
        'De vertrouwenscommissie bestaat uit: de raadsleden de heer Van den Berg (CDA), de heer Brons (Gemeentebelangen Scherpenzeel), mevrouw Van Dijk-van Ommering (fractie Van Dijk), mevrouw Van Riel (PRO Scherpenzeel), de heer Valkenburg (VVD) en de heer Zwankhuizen (SGP, voorzitter).',
        {('zwankhuizen', 'raadslid', None), ('brons', 'raadslid', None), ('van dijk-van ommering', 'raadslid', None), ('valkenburg', 'raadslid', None), ('van den berg', 'raadslid', None), ('van riel', 'raadslid', None)},
    ),
    (  # 'Benoemd werden:' opens the list of the office in the sentence before (holdout117 h117-012)
        'https://www.gemeentehulst.nl/de_Gemeente/Nieuws/Archief:gkBPBGbGSZKo_-t0L1UG0Q/Nieuwe_gemeenteraad',
        'Tijdens die vergadering benoemde de gemeenteraad de nieuwe wethouders. Benoemd werden: Jean-Paul Hageman, Gino Depauw, Denis Steijaert, Luc Mangnus en René Ruissen.',
        {('jean-paul hageman', 'wethouder', None), ('denis steijaert', 'wethouder', None), ('luc mangnus', 'wethouder', None), ('rené ruissen', 'wethouder', None), ('gino depauw', 'wethouder', None)},
    ),
    (  # a card's fields: 'Functie: griffier', 'Gemeente: Loon op Zand' (holdout108 h108-064)
        'https://www.regio-hartvanbrabant.nl/governance/begeleidingscommissie-governancetraject',
        'Anne-Floor Heijerman\n\nFunctie: griffier\nGemeente: Loon op Zand',
        {('anne-floor heijerman', 'griffier', 'Loon op Zand')},
    ),
    (  # a caption's 'v.l.n.r.' after the office (holdout108 h108-054)
        'https://dvhn.nl/drenthe/Steun-voor-wethouders-Hoogeveenniet-unaniem-26090704.html',
        'fDe nieuwe wethouders van Hoogeveen, v.l.n.r. Jan Zwiers, Werner ten Kate, Janita Tabak en Derk Reneman Foto: Gerrit Boer',
        {('derk reneman', 'wethouder', 'Hoogeveen'), ('jan zwiers', 'wethouder', 'Hoogeveen'), ('werner ten kate', 'wethouder', 'Hoogeveen'), ('janita tabak', 'wethouder', 'Hoogeveen')},
    ),
    (  # a pair of names that shares its party in a list (holdout108 h108-004)
        'https://www.ronduitopen.nl/verkiezingsnieuws/wethouders-nieuwe-college-gekozen-benoemd-en-beedigd',
        'De wethouders zijn Arno Walraven en Piet Verlinden (Samen Verder), Robert Martens (D66) en Stan Backus en Mart Janssen (Ronduit Open).',
        {('piet verlinden', 'wethouder', None), ('stan backus', 'wethouder', None), ('robert martens', 'wethouder', None), ('mart janssen', 'wethouder', None), ('arno walraven', 'wethouder', None)},
    ),
    (  # "v.l.n.r." after the office; "(nu nog Krimpen a.d. IJssel en per 6 maart ...)" (holdout2 k072)
        'https://www.telegraaf.nl/financieel/296526512/hou-op-over-vertrouwen-in-overheid?utm_source=RSS&utm_medium=RSS',
        'Vier burgemeesters, v.l.n.r. Martijn Vroom (nu nog Krimpen a.d. IJssel en per 6 maart Leidschendam-Voorburg), Marja van Bijsterveldt (Delft) Leendert de Lange (Wassenaar) en Charlie Aptroot (Hoeksche Waard).',
        {('leendert de lange', 'burgemeester', 'Wassenaar'), ('charlie aptroot', 'burgemeester', 'Hoeksche Waard'), ('marja van bijsterveldt', 'burgemeester', 'Delft'), ('martijn vroom', 'burgemeester', 'Krimpen aan den IJssel')},
    ),
    (  # pairs that share a place: "A en B (Bernheze), C en D (Boekel)" (holdout74 h74-050)
        'https://www.rnob.nl/nieuws/klankbordgroep-raadsleden-in-nieuwe-samenstelling-bijeen',
        'Samenstelling Klankbordgroep Raadsleden \n\nRob Houweling en Sascha Kraus (Bernheze), Jeanne van Eert en Joop van Lanen (Boekel)',
        {('rob houweling', 'raadslid', 'Bernheze'), ('joop van lanen', 'raadslid', 'Boekel'), ('jeanne van eert', 'raadslid', 'Boekel'), ('sascha kraus', 'raadslid', 'Bernheze')},
    ),
    (  # "wethouder uit de gemeente Groningen": the council, not where one lives (holdout118 h118-082)
        'https://www.groningergemeenten.nl/themas/algemeen/',
        'In de Algemene Ledenvergadering op 28 februari 2019 zijn de drie nieuwe VGG bestuursleden benoemd: Koos Wiersma, interim-burgemeester van de gemeente Westerkwartier (voorzitter), Inge Jongman, wethouder uit de gemeente Groningen en Kristel Rutgers, wethouder uit de gemeente Het Hogeland.',
        {('inge jongman', 'wethouder', 'Groningen'), ('kristel rutgers', 'wethouder', 'Het Hogeland'), ('koos wiersma', 'burgemeester', 'Westerkwartier')},
    ),
    (  # a card: a title, the name and another role on a line, the office line below (holdout118 h118-087)
        'http://www.groningergemeenten.nl/bestuur-en-organisatie/dagelijks-bestuur/',
        'De heer T. Schroor – Vice-voorzitter\n\nWethouder gemeente Groningen\n\nPortefeuille Onderwijs, Cultuur, Sport, Gezondheid en Welzijn\n\n De heer E. Drenth – Penningmeester\n\nWethouder gemeente Midden-Groningen',
        {('e. drenth', 'wethouder', 'Midden-Groningen'), ('t. schroor', 'wethouder', 'Groningen')},
    ),
    (  # the adjective of an alias: "Valkenburgse" (Valkenburg aan de Geul) (holdout109 h109-023)
        'https://www.geertdales.com/valkenburgse-burgemeester-wil-rectificatie-maar-waarom',
        'De Valkenburgse burgemeester Daan Prevoo is een man naar mijn hart.',
        {('daan prevoo', 'burgemeester', 'Valkenburg aan de Geul')},
    ),
    (  # a missing full stop: "wethouder Aad Schoorl Bijna 300 kinderen" (holdout109 h109-083)
        'https://heemskerk.nieuws.nl/?p=26436',
        'Woensdag 4 september werd de nieuwe naam onthuld. Dit gebeurde door wethouder Aad Schoorl Bijna 300 kinderen vierden die ochtend een klein feestje op het schoolplein.',
        {('aad schoorl', 'wethouder', None)},
    ),
    (  # an apposition that repeats the office with its place (holdout110 h110-064)
        'https://www.ehbo.nl/nieuws/artikel/burgemeester-in-tijd-van-nood/',
        'Burgemeester Sander Schelberg, sinds eind 2012 burgemeester van Hengelo, vertelt hoe hij daar invulling aan geeft.',
        {('sander schelberg', 'burgemeester', 'Hengelo')},
    ),    (  # "voorgaand burgemeester": the one before (holdout130 h130-076)
        'https://www.rebonieuws.nl/algemeen/toespraak-nieuwe-burgemeester-michiel-grauss/',
        'Dank aan de waarnemend burgemeester Erik van Heijningen, dank voor uw inzet en daadkracht! Ook voorgaand burgemeester Christiaan van der Kamp zit hier in de zaal.',
        {('erik van heijningen', 'burgemeester', None)},
    ),
    (  # an office word broken at the end of a line: "Bur- gemeester" (holdout130 h130-075)
        'http://content.yudu.com/A22w06/Checkpoint1309/resources/11.htm',
        'De plechtigheid met openluchtconcert vond plaats bij het vredesmonument op het Ridderplein, met het prachtige kas- teel van Gemert op de achtergrond. Bur- gemeester Jan van Zomeren richtte het woord tot de aanwezige veteranen en partners.',
        {('jan van zomeren', 'burgemeester', None)},
    ),
    (  # "neergelegd bij" hands a request to someone; no one resigns (holdout134 h134-038)
        'https://www.gelderlander.nl/home/rini-durfde-het-astrazeneca-vaccin-niet-aan-en-moet-nu-achteraan-aansluiten-beurt-is-voorlopig-voorbij~ab808a0b/',
        "DIDAM/ 'S-HEERENBERG - Een onafhankelijk verkennend onderzoek naar de bestuurlijke verhoudingen binnen de gemeente Montferland. Dat verzoek heeft John Berends, Commissaris van de Koning in Gelderland, woensdag neergelegd bij burgemeester Peter de Baat.",
        {('peter de baat', 'burgemeester', None), ('john berends', 'commissaris van de koning', None)},
    ),
    (  # an accent typed for the apostrophe: "van ´t Veld" (holdout130 h130-003)
        'https://amstelveenweb.com/fotodisp&fotodisp=2814',
        'Burgemeester Mirjam van ´t Veld hield haar toespraak:',
        {('mirjam van ´t veld', 'burgemeester', None)},
    ),
    (  # a resignation in a clause "nu" opens is someone else's (holdout132 h132-037)
        'https://www.welingelichtekringen.nl/samenleving/gasdossier-tijdelijk-bij-gedeputeerde-top-na-vertrek-collega',
        'GRONINGEN (ANP) - De Groningse gedeputeerde Susan Top krijgt voorlopig de kwesties rond gaswinning en mijnbouw weer onder haar hoede, nu haar collega Karin Dekker (GroenLinks) haar functie heeft neergelegd.',
        {('susan top', 'gedeputeerde', None)},
    ),
    (  # sent away: "werd ... aan de kant gezet" (holdout132 h132-044)
        'https://www.rtvdrenthe.nl/nieuws/146236/Onderzoeksbureau-adviseert-ook-OR-Midden-Drenthe-op-te-stappen',
        'Gemeentesecretaris Aline Pruntel werd nog voor de openbaarmaking van de conclusies aan de kant gezet.',
        set(),
    ),
    (  # "legde ... zijn functie al neer" around the office (holdout132 h132-067)
        'https://architectenweb.nl/nieuws/artikel.aspx?id=28269',
        'Toen legde de vijfde wethouder, Rob Metz (VVD) van Grondzaken, zijn functie al neer.',
        set(),
    ),
    (  # "is dinsdagavond per direct gestopt als burgemeester" (holdout132 h132-075)
        'https://www.omroepbrabant.nl/nieuws/3111744/Burgemeester-Halderberge-stopt-per-direct-vanwege-gezondheidsproblemen-en-hoge-werkdruk',
        'Jobke Vonk-Vedder is dinsdagavond per direct gestopt als burgemeester van Halderberge. In een verklaring op Twitter zegt ze te stoppen vanwege haar gezondheid in combinatie met de hoge werkdruk.',
        set(),
    ),
    (  # a portfolio in capitals: "wethouder Economie, Recreatie & Toerisme en Sport" (holdout132 h132-078)
        'https://www.waldnet.nl/wn/nieuws/71447/Sjoerd_Keizer_65_stopt_als_wethouder.html',
        'DOKKUM - De 65-jarige Sjoerd Keizer stopt om gezondheidsredenen als wethouder in de gemeente Noardeast-Fryslân. Keizer was nog maar enkele weken wethouder Economie, Recreatie & Toerisme en Sport.',
        {('sjoerd keizer', 'wethouder', 'Noardeast-Fryslân')},
    ),
    (  # "burgemeester van het nabijgelegen Nijmegen" (holdout130 h130-059)
        'https://www.nhnieuws.nl/nieuws/n77904/bevrijdingsvuur-in-wageningen-ontstoken-bevrijdingsdag-weer-met-festivals',
        'In Kleve wordt het ontstoken door burgemeester Gebing en zijn Nederlandse collega Bruls, burgemeester van het nabijgelegen Nijmegen.',
        {('gebing', 'burgemeester', None), ('bruls', 'burgemeester', 'Nijmegen')},
    ),
    (  # after a title a lower-case "van" opens a surname: "de heer van Beers" (holdout130 h130-087)
        'https://nim-roermond.nl/toespraken/limpens2011.html',
        'de Gouverneur van de provincie Limburg, de heer Frissen, de burgemeester van Roermond, de heer van Beers en de burgemeester van Maastricht, de heer Hoes.',
        {('frissen', 'commissaris van de koning', None), ('hoes', 'burgemeester', 'Maastricht'), ('van beers', 'burgemeester', 'Roermond')},
    ),
    (  # "X, vier bewindslieden en de burgemeester": a list of others, no apposition (holdout134 h134-040)
        'https://www.perssupport.nl/persbericht/ebf04a5d-b381-4395-b118-4353af9d8a74/handelsmissie-om-meer-voet-aan-de-grond-te-krijgen-in-india',
        'Een zware delegatie met minister-president Rutte, vier bewindslieden en de burgemeester van Den Haag reist van 22 tot en met 25 juni af naar India.',
        set(),
    ),
    (  # the form of address "de Edelachtbare Heer" (holdout130 h130-021)
        'https://nim-roermond.nl/toespraken/cremers2004.html',
        'De burgemeester van Roermond de Edelachtbare Heer Van Beers. De wethouders van Roermond, de heren Van Rey, Imkamp, IJff, Schreurs en Kemp en de gemeentesecretaris mevrouw Van Breugel.',
        {('kemp', 'wethouder', 'Roermond'), ('imkamp', 'wethouder', 'Roermond'), ('van breugel', 'gemeentesecretaris', None), ('van beers', 'burgemeester', 'Roermond'), ('schreurs', 'wethouder', 'Roermond'), ('van rey', 'wethouder', 'Roermond'), ('ijff', 'wethouder', 'Roermond')},
    ),
    (  # a party named for the place: "van Zoetermeer Vooruit" (holdout133 h133-071)
        'https://zoetermeersdagblad.nl/politiek/college-beantwoordt-vragen-daklozenopvang',
        'Raadsleden Yvonne Bink-Winterkamp en Juliëtte Meurs-Troch van Zoetermeer Vooruit',
        {('juliëtte meurs-troch', 'raadslid', None), ('yvonne bink-winterkamp', 'raadslid', None)},
    ),
    (  # after a given name "van Zaken" is a surname, not the ministry (holdout133 h133-010)
        'https://houtensnieuws.nl/lokaal/politiek/laatste-vergadering-voor-raadsgriffier-677194',
        'HOUTEN William van Zaken, raadsgriffier, vertrekt per 1 februari a.s. naar Amsterdam.',
        {('william van zaken', 'griffier', None)},
    ),
    (  # a municipality's name with a party after it in a list is a person: "Bloemendaal (D66)" (holdout133 h133-040)
        'https://www.democratischeliberalen.nl/vliegt-wassenaar-uit-de-bocht-met-driewieler-scootmobielen/',
        'Hierdoor heeft de gemeenteraad onder de raadsleden ook een aantal raadsleden, te weten Klaver (VVD), Schokker (CDA) en Bloemendaal (D66), met een dubbelfunctie.',
        {('schokker', 'raadslid', None), ('klaver', 'raadslid', None), ('bloemendaal', 'raadslid', None)},
    ),
    (  # the party between office and name: "Gemeenteraadslid voor de VVD Gertjan te Hoonte" (holdout131 h131-019)
        'https://www.duic.nl/algemeen/dichtblijven-van-voltooide-fietstunnel-locomotiefstraat-in-utrecht-roept-vragen-op/',
        'Gemeenteraadslid voor de VVD Gertjan te Hoonte stelde schriftelijke vragen aan het college van burgemeester en wethouders over het dichtblijven van de tunnel.',
        {('gertjan te hoonte', 'raadslid', None)},
    ),
    (  # "de griffier van de gemeenteraad Johan Janssen" (holdout133 h133-031)
        'https://www.nieuwsbode-zeist.nl/nieuws/algemeen/364149/week-van-de-burgemeester-',
        'Maandag 12 februari begint met een overleg met de griffier van de gemeenteraad Johan Janssen en gemeentesecretaris Ineke Lissenberg.',
        {('johan janssen', 'griffier', None), ('ineke lissenberg', 'gemeentesecretaris', None)},
    ),
    (  # "... vorige week aftrad" after the office (holdout131 h131-017)
        'https://veenendaalsekrant.nl/lokaal/besluit-rondweg-oost-uitgesteld-door-provinciale-staten-359867',
        'Wethouder Engbert Stroobosscher verklaart dat de gemeente hier niets aan kon doen, omdat de provincie de uitnodigende partij was. De Statengriffie geeft verder aan dat de gedeputeerde mobiliteit Jacqueline Verbeek- Nijhof vorige week aftrad en dat dit mogelijk tot verder uitstel zou kunnen leiden.',
        {('engbert stroobosscher', 'wethouder', None)},
    ),
    (  # one name before a plural office is no apposition: "Fred de Graaf, de raadsleden" (holdout131 h131-068)
        'https://www.cobouw.nl/bouwbreed/nieuws/2011/11/enquete-raad-over-tekort-apeldoorn-101542',
        'Er is een vermoeden bij de gemeenteraad dat het college, destijds voorgezeten door de huidige voorzitter van de Eerste Kamer Fred de Graaf, de raadsleden onvoldoende heeft voorgelicht.',
        set(),
    ),
    (  # a capitalised "Op de" opens a surname: "wethouder Op de Laak" (holdout137 h137-030)
        'https://www.stichtingmilieunet.nl/andersbekekenblog/duurzaam/horst-aan-de-maas-winnaar-european-green-leaf-award-2019-duurzame-initiatieven.html',
        'Die betrokkenheid van bewoners wordt ook door wethouder Op de Laak benadrukt: ‘Onze gemeente kenmerkt zich echt door betrokken en bevlogen inwoners en ondernemers.',
        {('op de laak', 'wethouder', None)},
    ),
    (  # the word in the office's parenthesis after a name is its place: "Luc Vanparys (burgemeester Oostkamp)" (holdout137 h137-042)
        'https://valleivandezuidleie.be/natuurpunt-in-actie/24-25-mei-2003-plechtige-opening-van-de-warandeputten/',
        '• Luc Vanparys (burgemeester Oostkamp) beklemtoonde vooral de toeristisch-recreatieve waarde voor de gemeente;',
        {('luc vanparys', 'burgemeester', None)},
    ),
    (  # an apposition after adverbs: "Yves de Boer, nu nog burgemeester van Werkendam" (merged away) (holdout141 h141-028)
        'https://www.omroepbrabant.nl/nieuws/2889065/Stembureaus-open-in-Werkendam-Woudrichem-en-Aalburg-inwoners-kiezen-raad-voor-nieuwe-fusiegemeente',
        '"De bus rijdt door de kleinere dorpen en staat in de ochtend- en avondspits op drukke plekken", aldus Yves de Boer, nu nog burgemeester van Werkendam.',
        {('yves de boer', 'burgemeester', None)},
    ),
    (  # "van de nieuwe gemeente Altena" after the name (holdout141 h141-030)
        'http://www.radioafm.nl/?p=4990',
        'ALMKERK - Yves de Boer, voormalig burgemeester van de gemeente Werkendam, overhandigde namens de drie voormalige burgemeesters van Aalburg, Werkendam en Woudrichem de ambtsketens officieel aan waarnemend burgemeester Fränzel van de nieuwe gemeente Altena.',
        {('fränzel', 'burgemeester', 'Altena')},
    ),
    (  # "van onze gemeente Land van Cuijk" after the name (holdout141 h141-076)
        'https://www.vortum-mullem.info/nieuws/17-10-2023-bezoek-burgemeester-moorman-aan-vortum-mullem/',
        'Jongstleden vrijdag bracht burgemeester Marieke Moorman van onze gemeente Land van Cuijk een bezoek aan ons dorp.',
        {('marieke moorman', 'burgemeester', 'Land van Cuijk')},
    ),
    (  # an office with its place after a name another noun introduced: "beraadsvoorzitter Wouter Kolff, burgemeester van Dordrecht" (holdout137 h137-058)
        'https://www.bnnvara.nl/vroegevogels/artikelen/veiligheidsberaad-vraagt-geld-voor-verkleinen-risico-natuurbrand',
        '"We kunnen ons op dit terrein geen onnodige en ongewenste vertraging veroorloven", aldus beraadsvoorzitter Wouter Kolff, burgemeester van Dordrecht.',
        {('wouter kolff', 'burgemeester', 'Dordrecht')},
    ),
    (  # an opening quote mark typed for the apostrophe of a place: "‘s-Hertogenbosch" (holdout139 h139-001)
        'https://www.nrc.nl/nieuws/2018/04/10/een-burgemeester-is-er-ook-voor-keiharde-misdaadbestrijding-a1598826',
        'Elly Blanksma, burgemeester Helmond. Paul Depla, burgemeester Breda. John Jorritsma, burgemeester Eindhoven. Jack Mikkers, burgemeester ‘s-Hertogenbosch. Theo Weterings, burgemeester Tilburg.',
        {('elly blanksma', 'burgemeester', 'Helmond'), ('theo weterings', 'burgemeester', 'Tilburg'), ('jack mikkers', 'burgemeester', "'s-Hertogenbosch"), ('john jorritsma', 'burgemeester', 'Eindhoven'), ('paul depla', 'burgemeester', 'Breda')},
    ),
    (  # an office word broken over a line: "wet-\nhouder" (holdout138 h138-020)
        'https://www.markt-visie.nl/vakblad/pages/marktvisie-oktober-10-2018-pag-26/',
        'De Valkenburgse Senioren Partij (VSP) heeft een frontale aanval ingezet tegen wet-\nhouder Claudia Bisschops (CDA) die haar opzet van de kerstmarkt in de Gemeente-\ngrot in Valkenburg aan de Geul voor het komende winterseizoen uitlegde aan de\ncommissie Economie.',
        {('claudia bisschops', 'wethouder', None)},
    ),
    (  # "(voorzitter van de Veiligheidsregio ... en burgemeester van Hilversum)" after the name (holdout139 h139-049)
        'https://www.vrgooienvechtstreek.nl/2015/02/veiligheidsregio-sluit-convenant-met-rijkswaterstaat-en-hoogheemraadschap-amstel-gooi-en-vecht-af/',
        'De handtekeningen onder het convenant zijn gezet door respectievelijk de heer P. I. Broertjes (voorzitter van de Veiligheidsregio Gooi en Vechtstreek en burgemeester van Hilversum), mevrouw Scheijven (directeur netwerkmanagement RWS West-Nederland Noord) en de heer Van den Top (dijkgraaf hoogheemraadschap).',
        {('p. i. broertjes', 'burgemeester', 'Hilversum')},
    ),
    (  # a signature with a blank line between office and name (holdout140 h140-074)
        'https://lokaleregelgeving.overheid.nl/CVDR479756/?',
        'Aldus vastgesteld in de openbare vergadering van 30 november 2017.\n\nDe griffier,\n\nJ.M. van Midden\n\nDe voorzitter,\n\nA.Aboutaleb',
        {('j.m. van midden', 'griffier', None)},
    ),
    (  # initials in parentheses after a given name: "Koos (J.J.L.M.) Janssen" (holdout140 h140-007)
        'https://unica2019.videofilmers.nl/index.php/nl/stichting-unica-festival/comite-van-aanbeveling',
        'Comité van aanbeveling\n\n- Mevrouw Mariëtte (A.M.A.) Pennarts-Pouw, gedeputeerde Provincie Utrecht met de portefeuille Bestuur, Cultuur, Europa, Milieu, Recreatie en Water”.\n\n- De heer Koos (J.J.L.M.) Janssen, burgemeester van de gemeente Zeist;\n\n- De heer Paul (P.) Schnabel, lid Eerste Kamer der Staten-Generaal en hoogleraar Universiteit Utrecht;',
        {('mariëtte (a.m.a.) pennarts-pouw', 'gedeputeerde', None), ('koos (j.j.l.m.) janssen', 'burgemeester', 'Zeist')},
    ),
    (  # a party named for the place after the office: "raadslid Hoorn Lokaal" (holdout138 h138-022)
        'https://hoornlokaal.nl/lege-pinautomaten-tijdens-kermis/',
        'Met vriendelijke groet,\n\nJohn Halsema, raadslid Hoorn Lokaal',
        {('john halsema', 'raadslid', None)},
    ),
    (  # held "in de periode 2001-2010": no longer (holdout140 h140-034)
        'https://defeanster.nl/artikel/630538/tilster-reinoud-koster-tijdelijke-griffier-tytsjerksteradiel.html',
        'Ervaring in de gemeentepolitiek heeft Koster ook als wethouder en locoburgemeester van de gemeente Kollumerland c.a. in de periode 2001-2010.',
        set(),
    ),
    (  # "is uit het college van Haren gestapt" after the office (holdout116 h116-018)
        'https://www.rtvnoord.nl/nieuws/187890/Noord-Vandaag-De-provincie-wordt-een-grote-bouwput',
        '- Wethouder Mariska Sloot is uit het college van Haren gestapt. Ze wil niet dat Haren fuseert met Groningen en Ten Boer.',
        set(),
    ),
    (  # "trokken zich ... terug" after the office and its list (holdout31 h31-030)
        'https://www.rd.nl/a/922415-na-gedeputeerden-stapt-ook-limburgse-gouverneur-bovens-cda-op',
        'Eerder vrijdag stapten ook de vijf gedeputeerden op. Beide CDA-gedeputeerden Ger Koopmans en Hubert Mackus trokken zich twee weken geleden al terug uit het provinciebestuur.',
        set(),
    ),
    (  # a sentence adverb opening the sentence is no name: "Desondanks zijn de burgemeesters ..." (holdout3 q017)
        'https://www.trouw.nl/binnenland/burgemeesters-willen-lokaal-verbod-op-vuurwerkverkoop~bf582200/',
        'Desondanks zijn de burgemeesters wel tevreden over de lokale verboden. “Ik word niet zenuwachtig", zegt de Bloemendaalse burgemeester Elbert Roest.',
        {('elbert roest', 'burgemeester', 'Bloemendaal')},
    ),
    (  # a surname opening the sentence with an apposition closed by commas: "Arends, geboren en getogen Drent, is" (holdout96 h96-007)
        'https://www.omroepwest.nl/nieuws/3715571/Nieuwe-burgemeester-Westland-Ik-voel-me-trots-en-vereerd',
        'Arends, geboren en getogen Drent, is nu nog wethouder in Emmen.',
        {('arends', 'wethouder', 'Emmen')},
    ),
    (  # the labels of an attendance list ("Aanwezig:", "Afwezig:", "Notuliste:") are no names (holdout139 h139-068)
        'http://docplayer.nl/1422546-R-21-september-2009-1.html',
        'Aanwezig: Wethouders Afwezig: Notuliste: de heer drs. H.M.W. ter Heegde, voorzitter de heer J.M. Hoogland, raadsgriffier',
        {('j.m. hoogland', 'griffier', None)},
    ),
    (  # a list going on where a space is missing after a parenthesis: "(Oud-Beijerland)en Arie Mol" (holdout133 h133-081)
        'https://www.omroephw.nl/2018/11/officiele-overhandiging-koelwagen-aan-voedselbank/',
        'Het spreekt daarom voor zich dat de wethouders Harry van Waveren (Oud-Beijerland)en Arie Mol (Binnenmaas) blij verrast het ‘snelheidscompliment’ van de voorzitter van stichting Voedselbank Hoeksche Waard incasseerden bij de officiële overhandiging van een tweede koelwagen.',
        {('harry van waveren', 'wethouder', None), ('arie mol', 'wethouder', None)},
    ),
    (  # a portfolio glued to the office: "stedenband-wethouder Daan de Haas" (holdout134 h134-002)
        'https://www.hartvanzuidplas.nl/nieuws/algemeen/20674/eerste-bezoek-han-weber-aan-partnerstad-bckeburg',
        'Van de kleine delegatie maakten behalve Han Weber ook zijn echtgenote, stedenband-wethouder Daan de Haas en diens partner, raadslid Serena Rodenburg, voorzitter van de Stichting Internationale Betrekkingen Aad Stuivenberg en ambtenaar Berthilde Borreman, deel uit.',
        {('daan de haas', 'wethouder', None), ('serena rodenburg', 'raadslid', None)},
    ),
    (  # a list, then ", tot wethouder benoemd": the whole list holds the office (holdout141 h141-015)
        'https://noorderkrant.nl/artikel/747407/nieuw-raadsleden-het-hogeland-geinstalleerd.html',
        'Dat was nodig omdat vier leden van de raad, te weten Eltjo Dijkhuis (GemeenteBelangen), Kristel Rutgers (CDA), Harmannus Blok (ChristenUnie) en Mariëtte de Visser (PvdA), tot wethouder zijn benoemd.',
        {('kristel rutgers', 'wethouder', None), ('mariëtte de visser', 'wethouder', None), ('eltjo dijkhuis', 'wethouder', None), ('harmannus blok', 'wethouder', None)},
    ),
    (  # "de commissaris van de Koning van Flevoland": a province after a sentence word is no surname "van Flevoland" (holdout77 h77-038)
        'https://noordoostpoldersdagblad.nl/gemeente/ineke-bakker-benoemd-als-waarnemend-burgemeester-urk',
        "URK - Woensdagavond 4 september heeft de commissaris van de Koning van Flevoland, de heer Leen Verbeek, Ineke Bakker benoemd tot waarnemend burgemeester van Urk. VVD'er Ineke Bakker was eerder waarnemend burgemeester van de gemeenten Dinkelland en Dronten.",
        {('ineke bakker', 'burgemeester', 'Urk'), ('leen verbeek', 'commissaris van de koning', None)},
    ),
    (  # "om die reden al opgestapt": "die" after a preposition opens no clause (holdout150 h150-028)
        'https://nieuws.nl/algemeen/20210415/limburgse-gouverneur-theo-bovens-wil-eerder-weg/',
        'De voor financiĆ«n en natuur verantwoordelijke gedeputeerden Ger Koopmans en Hubert Mackus (beiden CDA) waren enkele weken geleden om die reden al opgestapt.',
        set(),
    ),
    (  # a place's adjective after a given name is a surname: "Henk Emmens" (holdout150 h150-074)
        'https://www.oogtv.nl/2025/03/henk-emmens-niet-in-nieuw-provinciebestuur-bbb-gedeputeerde-vindt-geen-ruimte-voor-afwijkende-meningen/?utm_source=rss&utm_medium=rss&utm_campaign=henk-emmens-niet-in-nieuw-provinciebestuur-bbb-gedeputeerde-vindt-geen-ruimte-voor-afwijkende-meningen',
        'Na Tjeerd van Dekken heeft ook BBB-gedeputeerde Henk Emmens dinsdagmiddag laten weten aan niet terug te keren als gedeputeerde binnen de provincie Groningen.',
        {('henk emmens', 'gedeputeerde', None)},
    ),
    (  # "(burgemeester Noordwijkerhout, D66)": the word in the office's parenthesis is its place (holdout150 h150-007)
        'https://www.hollandrijnland.net/ezines_old/ezine/aflevering17/',
        'Voor de vacature in het Dagelijks Bestuur die ontstaat door het vertrek van de heer Polman (burgemeester Noordwijkerhout, D66) draagt het Dagelijks Bestuur de heer H.H.M. Groen (burgemeester Noordwijk, VVD) voor.',
        {('polman', 'burgemeester', None), ('h.h.m. groen', 'burgemeester', 'Noordwijk')},
    ),
    (  # "burgemeesters van de deelnemende gemeenten, onder wie A (Den Haag) en B (Rotterdam)" (holdout150 h150-004)
        'https://www.omroepwest.nl/nieuws/3538658/Metropoolregio-verhuist-van-Den-Haag-naar-Rotterdam',
        'Het dagelijks bestuur van de MRDH bestaat uit burgemeesters van de deelnemende gemeenten, onder wie Pauline Krikke (Den Haag) en Ahmed Aboutaleb (Rotterdam).',
        {('ahmed aboutaleb', 'burgemeester', 'Rotterdam'), ('pauline krikke', 'burgemeester', "'s-Gravenhage")},
    ),
    (  # a list line after a line ending in a space: "wethouder \nS. de Bruin, gemeentesecretaris" (holdout149 h149-084)
        'https://www.apeldoorn.nl/college-van-b-en-w/notulen-en-besluiten/2023/juli/vergadering-4-juli',
        'A.J.M. Heerts, burgemeester\nJ. Joon, wethouder\nP.C.J. Messerschmidt, wethouder\nD.S. Huizer, wethouder\nH. van den Berge, wethouder\nS. Biharie, wethouder\nA.J. Prins, wethouder\nM. Wenzkowski, wethouder \nS. de Bruin, gemeentesecretaris\nM. van Loenen, bestuursadviseur, notulist',
        {('p.c.j. messerschmidt', 'wethouder', None), ('s. biharie', 'wethouder', None), ('h. van den berge', 'wethouder', None), ('m. wenzkowski', 'wethouder', None), ('d.s. huizer', 'wethouder', None), ('a.j.m. heerts', 'burgemeester', None), ('a.j. prins', 'wethouder', None), ('s. de bruin', 'gemeentesecretaris', None), ('j. joon', 'wethouder', None)},
    ),
    (  # "de burgemeester van Oldebroek, mevr. A, de burgemeester van Hattem, mevr. B": each office, its holder (holdout149 h149-056)
        'https://voaweb.nl/jaarlijkse-burgemeestersdiner/',
        'De deelnemende burgemeesters waren de burgemeester van Elburg, dhr. Jan Nathan Rozendaal, de burgemeester van Oldebroek, mevr. Tanja Haseloop-Amsing, de burgemeester van Hattem, mevr. Marleen Sanderse, de burgemeester van Heerde, dhr. Jan-Willem Wiggers, de burgemeester van Epe, dhr. Tom Horn, en de burgemeester van Nunspeet, mevr. Céline Blom.',
        {('marleen sanderse', 'burgemeester', 'Hattem'), ('tom horn', 'burgemeester', 'Epe'), ('tanja haseloop-amsing', 'burgemeester', 'Oldebroek'), ('jan nathan rozendaal', 'burgemeester', 'Elburg'), ('céline blom', 'burgemeester', 'Nunspeet'), ('jan-willem wiggers', 'burgemeester', 'Heerde')},
    ),
    (  # a bare "Secretaris:" where the text lists the college (holdout149 h149-044)
        'https://www.borsele.nl/besluitenlijst-bw-1-juli-2025',
        'Aanwezig: Burgemeester Dijksterhuis, wethouders Weststrate, Van de Plasse en Witkam\nSecretaris: Jansen',
        {('dijksterhuis', 'burgemeester', None), ('van de plasse', 'wethouder', None), ('jansen', 'gemeentesecretaris', None), ('witkam', 'wethouder', None), ('weststrate', 'wethouder', None)},
    ),
    (  # a bare "secretaris" in a caption of the college (holdout149 h149-086)
        'https://tussenrapportage.gemeente-steenbergen.nl/',
        'Van links naar rechts: de wethouders Wilma Baartmans en Koos Krook, secretaris Thijs de Jongh, burgemeester Ruud van de Belt en de wethouders Willy Knop en Esther Prent.',
        {('ruud van de belt', 'burgemeester', None), ('wilma baartmans', 'wethouder', None), ('esther prent', 'wethouder', None), ('koos krook', 'wethouder', None), ('willy knop', 'wethouder', None), ('thijs de jongh', 'gemeentesecretaris', None)},
    ),
    (  # "heeft ... afscheid genomen als raadslid" after the name: former (holdout144 mq_googledocs, section 5)
        'https://docslib.org/doc/2380795/lintje-voor-vertrekkend-raadslid-uit-valthermond-vrijwilligers-gezocht',
        'Raadslid Roelof Tuin (CDA) heeft donderdagavond na 14 jaar afscheid genomen als raadslid van de gemeente '
        'Borger-Odoorn.',
        set(),
    ),
    (  # "een tribune die tot de laatste stoeltjes bezet was": "tot ... was" in a relative clause ends no term
        # (holdout144 ms_wordfiltered, section 4)
        'https://www.destentor.nl/zwolle/ten-bolscher-houdt-zich-staande-in-staten-we-hebben-fouten-gemaakt~ab361cba/',
        'Ten overstaan van een publieke tribune die tot de laatste stoeltjes bezet was door boeren moest '
        'SGP-gedeputeerde Gert Harm ten Bolscher zich in de Overijsselse Staten verantwoorden voor zijn optreden van '
        'afgelopen maandag.',
        {('gert harm ten bolscher', 'gedeputeerde', None)},
    ),
    (  # "Commissaris Cramerpad": a path named after an office holder is a street (holdout144 mr_libreoffice, section 3)
        'https://www.dbrune.nl/opknapbeurt-fietspaden/',
        'Door het gunstig aanbesteden van dit onderhoud, kan de gemeente ook het 7,5 km lange Commissaris Cramerpad '
        'vanaf Koekangerveld aanpakken.',
        set(),
    ),
    (  # "wethouder Dennis Straat" and "wethouder D. Straat": one person, by his initial
        # (holdout144 ms_wordfiltered, section 2)
        'https://www.deorkaan.nl/net-werken-zaanse-ondernemers-proostten-op-2017-filmpje-en-speech/',
        'Guido Voss, de charmante voorzitter van de laatstgenoemde club, opende het bal, de duurzaamheidsprijs werd '
        'uitgereikt (aan Brouwerij De Hoop) en wethouder Dennis Straat hield een vrij lange toespraak die het nalezen '
        'waard is (al is het maar omdat hij deels verwaaide in het geluid van de vrolijk door-gelukwensende '
        'ondernemers).\nSpeech wethouder D. Straat, ZON Nieuwjaarsreceptie, 13 januari 2017',
        {('dennis straat', 'wethouder', None)},
    ),
    (  # "burgemeester Boerema, die ..., maar die helaas ... overleed": a relative clause on the person ends his term
        # (holdout146 my_amp, section 3)
        'https://www.rtvnoord.nl/nieuws/812452/Boeremabank-in-Haren-vernield-door-vandalen-We-zijn-bedroefd',
        "'Het is geïnitieerd door burgemeester Boerema, die zich sterk heeft gemaakt voor dit park, maar die helaas "
        "een jaar voor de oplevering overleed.",
        set(),
    ),
    (  # "Burgemeester van Brabants nieuwste gemeente is X": a province's adjective after "van" is no surname (holdout158 h158-037)
        'https://www.omroepbrabant.nl/nieuws/2413688/meierijstad-krijgt-zes-wethouders-19-januari-eerste-raadsvergadering',
        "'Meierijstad zijn we samen!'Burgemeester van Brabants nieuwste gemeente is Marcel Fränzel. Op 19 januari zal hij zijn eerste raadsvergadering in Meierijstad leiden.",
        {('marcel fränzel', 'burgemeester', None)},
    ),
    (  # a plural office heading a list, a name a line: "Wethouders" / "A (PGB)" / "B (PrO)" (holdout158 h158-035)
        'http://www.oisterwijknieuws.nl/verkiezingen-gemeenteraad-stemwijzer-gemeente-oisterwijk/',
        'Wethouders\nDion Dankers (PGB)\nJan de Laat (PrO)\nPeter Smit (AB)',
        {('dion dankers', 'wethouder', None), ('peter smit', 'wethouder', None), ('jan de laat', 'wethouder', None)},
    ),
    (  # "is (nog even) het jongste gemeenteraadslid": a parenthesis between the verb and the office (holdout158 h158-042)
        'http://www.nhnieuws.nl/nieuws/222116/Jongste-en-oudste-raadslid-van-Nederland-geinstalleerd-in-Texelse-raad',
        'TEXEL - In de gemeenteraad van Texel zijn gisteren twee bijzondere raadsleden beëdigd. De 18-jarige Elias Marseille is (nog even) het jongste gemeenteraadslid van Nederland.',
        {('elias marseille', 'raadslid', None)},
    ),
    (  # "De Bredase burgemeester was één van de eersten": a story told in the past, not a former office (holdout155 h155-056)
        'https://www.bndestem.nl/breda/brabant-jubelt-niet-meer-over-wietproef-kabinet~ab3976b1/',
        ',,Beter een goede proef in Delfzijl dan een slechte in Breda", zo heeft Paul Depla al een paar keer geroepen. De Bredase burgemeester was één van de eersten die de vinger opstak toen duidelijk werd dat het kabinet in tien plaatsen een experiment wil gaan doen met wiet die onder toezicht van de staat wordt gekweekt.',
        {('paul depla', 'burgemeester', 'Breda')},
    ),
    (  # "X, burgemeester Naarden: ...": the word between the office and the colon is its place (merged away) (holdout147 h147-083)
        'https://www.binnenlandsbestuur.nl/bestuur-en-organisatie/verkiezingen/niet-meer-dan-500-vluchtelingen-per-locatie',
        'Joyce Sylvester, burgemeester Naarden: leverde Broertjes een top drie van locaties in Naarden aan.',
        {('joyce sylvester', 'burgemeester', None)},
    ),
    (  # "is in de nacht van vrijdag op zaterdag onverwachts overleden", far after the name: former (holdout147 h147-054)
        'https://www.destentor.nl/lelystad/wethouder-lelystad-66-onverwachts-overleden-we-zijn-geschokt-en-verslagen~a851b6f0/',
        'updateWethouder John van den Heuvel (66) van de gemeente Lelystad is in de nacht van vrijdag op zaterdag onverwachts overleden.',
        set(),
    ),
    (  # "Hart voor Delft-raadslid": a party named for the place glued to the office ties no municipality (holdout147 h147-073)
        'https://d66.nl/delft/nieuws/statushouders-geen-voorrang-bij-woningen-wachten-op-kabinet-of-nu-aan-de-slag/',
        'Alhoewel dit plan nog verder uitgewerkt moet worden door het kabinet dat gevormd wordt in Den Haag, geeft Hart voor Delft-raadslid Sylvia Grobben middels schriftelijke vragen aan dat zij wil dat Delft deze maatregel zo snel mogelijk toepast. Andere partijen reageren verrast.',
        {('sylvia grobben', 'raadslid', None)},
    ),
    (  # "stapte burgemeester Jager op een duofiets": "op" before an article is a preposition, not "opstappen"
        # (holdout152 nj_wijkplatform, section 2)
        'https://www.gemeentewesterveld.nl/Bestuur_en_organisatie/Actueel/Nieuws/Juli_2022/Burgemeester_stapt_op_de_duofiets',
        'Op woensdag 13 juli stapte burgemeester Jager op een duofiets samen met het bestuur, deelnemers en '
        'vrijwilligers van stichting Samen op de duofiets.',
        {('jager', 'burgemeester', None)},
    ),
    (  # a signature: the name on its line, the office in parentheses on the next (holdout152 nj_wijkplatform, section 1)
        'https://www.kiespcw.nl/weblogs/twee-petten-op-peter-van-den-berg',
        'Ook als raadslid heb ik genoten van de avond. Dat lag niet alleen aan de gesprekken met een bekertje gluhwijn '
        'bij de vuurkorf. Die waren leerzaam en toonden grote betrokkenheid vanuit de wijk.\nPeter van den Berg\n'
        '(Raadslid PCW)',
        {('peter van den berg', 'raadslid', None)},
    ),
    (  # "De gouverneur van Oost-Vlaanderen": a Belgian province's gouverneur is no commissaris (holdout148 h148-027)
        'https://www.gouverneuroost-vlaanderen.be/geslaagd-bestuurlijk-grensregio-overleg',
        'De gouverneur van Oost-Vlaanderen, Carina Van Cauter, werd door de Vlaamse regering aangesteld als grenscoördinator. Samen met haar collega aan de Nederlandse zijde van de grens, Commissaris van de Koning van Zeeland Han Polman, zit ze het tweejaarlijks bestuurlijk grensregio-overleg voor.',
        {('han polman', 'commissaris van de koning', None)},
    ),
    (  # "X, tot eind vorig jaar burgemeester van Boxmeer": former (holdout148 h148-062)
        'https://aha24x7.com/nieuw-dagelijks-bestuur-voor-de-euregio-rijn-waal/',
        'Nieuw in het Dagelijks Bestuur gekozen is Wim Hillenaar, de burgemeester van het Land van Cuijk. Hiermee is het Dagelijks Bestuur na het afscheid van Karel van Soest, tot eind vorig jaar burgemeester van Boxmeer, weer voltallig.',
        {('wim hillenaar', 'burgemeester', 'Land van Cuijk')},
    ),
    (  # "burgemeester Gerard Rabelink in de Nieuwe Kerk": after a surname, "in de" opens where (holdout157 h157-006)
        'https://www.omroepzeeland.nl/nieuws/115203/Zierikzee-geeft-startsein-voor-landelijke-Monumentendag',
        'Gasten vanuit het hele land zijn aan het einde van de ochtend welkom geheten door burgemeester Gerard Rabelink in de Nieuwe Kerk in Zierikzee.',
        {('gerard rabelink', 'burgemeester', None)},
    ),
    (  # "Twee raadsleden van de PvdA, A en B, zijn": what the offices are of, then the names (holdout157 h157-015)
        'https://flakkeenieuws.nl/nieuws/vervallen-graf-en-toren-roepen-vragen-op/11207',
        'Twee raadsleden van de PvdA, Cees Grinwis en Peter Keuker, zijn eveneens ter plaatse geweest om zich persoonlijk te informeren over de staat van het gebouw.',
        {('cees grinwis', 'raadslid', None), ('peter keuker', 'raadslid', None)},
    ),
    (  # "heeft X een punt gezet achter zijn werk als burgemeester": former (holdout156 h156-058)
        'https://www.regiobodeonline.nl/2024/02/erehaag-voor-alex-van-hedel/',
        'BRUMMEN – Na precies tien jaar heeft Alex van Hedel een punt gezet achter zijn werk als burgemeester van de gemeente Brummen. Dat hij in die periode zijn taak goed heeft uitgevoerd, bleek wel uit de enorme belangstelling is er was tijdens zijn afscheidsreceptie op donderdag 21 februari.',
        set(),
    ),
    (  # an office counted out party by party: "Voor Gemeentebelang is dat A, voor de PvdA B en voor de VVD mevrouw C" (holdout158 h158-012)
        'https://franekeractueel.nl/coalitieakkoord-franekeradeel/',
        'Alle drie partijen leveren ook een wethouder. Voor Gemeentebelang is dat Bekkema, voor de PvdA Twerda en voor de VVD mevrouw Osinga.',
        {('osinga', 'wethouder', None), ('bekkema', 'wethouder', None), ('twerda', 'wethouder', None)},
    ),
    (  # "Voor Leefbaar Schouwen-Duiveland wordt dat A en voor de SGP wordt dat B" after "vier partijen een wethouder" (holdout75 h75-050)
        'https://www.omroepzeeland.nl/nieuws/104952/VVD-na-jaren-uit-de-coalitie-Schouwen-Duiveland',
        'Het is de bedoeling dat vier partijen een wethouder leveren. Voor Leefbaar Schouwen-Duiveland wordt dat Jacqueline van Burg en voor de SGP wordt dat Cees van den Bos, die beide de afgelopen vier jaar ook al wethouder waren.',
        {('jacqueline van burg', 'wethouder', None), ('cees van den bos', 'wethouder', None)},
    ),
    (  # "vier nieuwe wethouders. Voor de VVD wordt A wethouder en voor het CDA B" (holdout108 h108-061)
        'https://www.denhelder.nl/Onderwerpen/Actueel/Nieuws/Formatie_Den_Helder_afgerond',
        'Het nieuwe college krijgt vier nieuwe wethouders. Voor de VVD wordt Petra Bais wethouder en voor het CDA Fotigui Camara.',
        {('fotigui camara', 'wethouder', None), ('petra bais', 'wethouder', None)},
    ),
    (  # "van der" after a surname goes on with a second one (holdout169 os_lemmy, section 1)
        "https://www.waldnet.nl/wn/nieuws/76137/Commissaris_van_de_Koning_Arno_Brok_op_werkbezoek_in_de_Sluisfabriek.html",
        "Brok deed dat samen met wethouder Robin Hartogh Heys van der Lier en Marco Swenne, senior adviseur EZ.",
        {("robin hartogh heys van der lier", "wethouder", None)},
    ),
    (  # a separable verb's particle before the apposition: 'legt X uit, burgemeester van Y' (holdout173 h173-025)
        'https://www.rtvnoord.nl/nieuws/194721/Service-aan-inwoners-Westerkwartier-straks-ook-aan-de-keukentafel',
        "'Voorlopig blijft veel hetzelfde', legt Ard van der Tuuk uit, burgemeester van Grootegast en voorzitter van de Stuurgroep Herindeling Westerkwartier.",
        {('ard van der tuuk', 'burgemeester', None)},
    ),
    (  # a separable verb's particle before the apposition: 'legt X uit, burgemeester van Y' (holdout173 h173-078)
        'https://onlinetouch.nl/ibestuur/ibestuur-43-2022/34',
        '“Belangrijk is dat de gemeenten in Nederland vanuit één visie gaan werken aan alles wat vanuit het Digital Decade op ons afkomt”, vult Rian van Dam aan, burgemeester van Hollands Kroon en medelid van de VNG Commissie Informatiesamenleving.',
        {('rian van dam', 'burgemeester', 'Hollands Kroon')},
    ),
    (  # a list's line "Name, office Place": the word after the office is a place merged away, not a name
        # (holdout176 pe_redmine, section 1)
        "https://www.welkominzuidhorn.nl/actueel/actueel-zuidhorn/stuurgroep-middag-gaat-inwoners-bij-herindeling-betrekken",
        "De stuurgroep bestaat uit:\nRinus Michels, burgemeester Winsum\nHenk Kosmeijer, burgemeester Marum\n"
        "Mariëtte de Visser, wethouder De Marne\nSjabbo Smedes, wethouder Grootegast\n"
        "Frank Wiertz, gemeentesecretaris Winsum\nEric Paré, gemeentesecretaris Grootegast",
        {("rinus michels", "burgemeester", None), ("henk kosmeijer", "burgemeester", None),
         ("mariëtte de visser", "wethouder", None), ("sjabbo smedes", "wethouder", None),
         ("frank wiertz", "gemeentesecretaris", None), ("eric paré", "gemeentesecretaris", None)},
    ),
    (  # 'zowel burgemeester A van die gemeente als zijn collega B van Y' (holdout181 h181-049)
        'https://www.ad.nl/voorne-putten/burgemeesters-verbolgen-over-geringe-opvang-statushouders-benoem-waar-het-probleem-zit~a3ef28ba/',
        'Zowel burgemeester Foort van Oosten van die gemeente als zijn collega Bert Wijbenga van Vlaardingen benadrukt dat de chaos bij het aanmeldcentrum in Ter Apel onnodig is.',
        {('foort van oosten', 'burgemeester', None), ('bert wijbenga', 'burgemeester', 'Vlaardingen')},
    ),
    (  # "wethouder A en haar IJsselsteinse collega B": the colleague's own adjective gives her place (holdout169 ot_gitlab)
        "https://www.duic.nl/algemeen/nieuw-recreatief-fietspad-verbindt-utrecht-met-ijsselstein/",
        "De Utrechtse wethouder Lot van Hooijdonk en haar IJsselsteinse collega Kees Geldof bevestigden het bordje voor "
        "‘fietsknooppunt nummer 77’.",
        {("lot van hooijdonk", "wethouder", "Utrecht"), ("kees geldof", "wethouder", "IJsselstein")},
    ),
    (  # an opening quote typed for the apostrophe of 'van ‘t' (holdout181 h181-036)
        'https://www.lochemsnieuws.nl/opvang-oekrainers-spitsroeden-lopen-voor-gemeente-lochem/',
        'Er worden al veel mensen opgevangen, maar als dat er nog veel meer moeten worden, vreest burgemeester Sebastiaan van ‘t Erve dat andere taken in het gedrang komen.',
        {('sebastiaan van ‘t erve', 'burgemeester', None)},
    ),
    (  # a day's name in capitals right after the office is a surname: Dutch writes days in lower case
        # (holdout183 pr_simpel, section 1)
        "https://zaltbommel.pvda.nl/nieuws/een-bewogen-raadsvergadering/",
        "Op vragen van BVNL over het nieuwe theater/MFA Brakel antwoordde wethouder Zondag dat hij niet goed in de krant "
        "is",
        {("zondag", "wethouder", None)},
    ),
    (  # a portfolio between the office (or the name) and its place: 'wethouder X van Financiën in Almelo', 'wethouder Sport bij de gemeente Lochem', 'wethouder Sport gemeente Aalten' (holdout172 h172-061)
        'http://www.roskam.nl/home/nieuws/3322-enschede-houdt-meeste-geld-over-almelo-komt-het-meeste-tekort.html',
        'Voor wethouder Langius van Financiën in Almelo valt er alleen nog maar te dromen over het spekken der vleespotten, want er is vorig jaar meer geld uitgegeven dan begroot.',
        {('langius', 'wethouder', 'Almelo')},
    ),
    (  # a portfolio between the office (or the name) and its place: 'wethouder X van Financiën in Almelo', 'wethouder Sport bij de gemeente Lochem', 'wethouder Sport gemeente Aalten' (holdout182 h182-053)
        'https://rtvideaal.nl/herijking-sportakkoord-achterhoek-gemeente-lochem-toegetreden/',
        'Lex de Goede, wethouder Sport bij de gemeente Lochem, is blij met de deelname van zijn gemeente.',
        {('lex de goede', 'wethouder', 'Lochem')},
    ),
    (  # a portfolio between the office (or the name) and its place: 'wethouder X van Financiën in Almelo', 'wethouder Sport bij de gemeente Lochem', 'wethouder Sport gemeente Aalten' (holdout182 h182-054)
        'https://rtvideaal.nl/herijking-sportakkoord-achterhoek-gemeente-lochem-toegetreden/',
        'Hans te Lindert, wethouder Sport gemeente Aalten en voorzitter bestuurlijk overleg sport Achterhoek, ziet de komst van het nieuwste lid met vertrouwen tegemoet.',
        {('hans te lindert', 'wethouder', 'Aalten')},
    ),
    (  # a plural office, then later in the clause municipalities each with its holder in parentheses
        # (holdout169 os_lemmy, section 2)
        "https://www.friesjournaal.nl/1735-koningspaar-op-bezoek-in-zuidoost-friesland",
        "De drie burgemeesters van de gemeenten waar het programma plaatsvond – Ooststellingwerf (Harry Oosterman), "
        "Opsterland (Ellen van Selm) en Smallingerland (Jan Rijpstra) – waren er ook ter begroeting.",
        {("harry oosterman", "burgemeester", "Ooststellingwerf"), ("ellen van selm", "burgemeester", "Opsterland"),
         ("jan rijpstra", "burgemeester", "Smallingerland")},
    ),
    (  # 'bestaat uit A, B, C, D en E. Deze raadsleden hebben ...': a demonstrative plural office stands for the list before (holdout179 h179-007)
        'https://www.langedijkerdagblad.nl/gemeente/gemeenteraadsteltcommissievoorsociaaldomein',
        'De commissie is direct geïnstalleerd en bestaat uit Jacquelien de Boer, Wim Nugteren, Marcel Reijven, Gerard Rep en Rob Wagenaar. Deze raadsleden hebben allen kennis van en ervaring met jeugdzorg, maatschappelijke ondersteuning en arbeidsparticipatie.',
        {('rob wagenaar', 'raadslid', None), ('marcel reijven', 'raadslid', None), ('wim nugteren', 'raadslid', None), ('jacquelien de boer', 'raadslid', None), ('gerard rep', 'raadslid', None)},
    ),
    (  # 'Ged.' written short for gedeputeerde; 'Komend raadslid' not yet in office (holdout172 h172-035)
        'https://www.sgpflevoland.nl/nl/archief-waterschapsfractie/financieele-beschouwingen-2014-begroting-2015',
        'Ik vond zo gauw geen feestmuts, het had wat kunnen zijn voor  Ged. Gijsberts zijn verjaardag (gefeliciteerd!).',
        {('gijsberts', 'gedeputeerde', None)},
    ),
    (  # 'Ged.' written short for gedeputeerde; 'Komend raadslid' not yet in office (holdout172 h172-030)
        'https://voorschoten.pvda.nl/nieuws/pvda-vragen-van-henk-overbosch-aan-rekenkamer-over-financiele-positie-voorschoten/',
        'Komend raadslid Henk Overbosch (PvdA) en opvolger van vertrekkend raadslid Jan-Paul Middelburg heeft gisteren toestemming gekregen om alvast schriftelijk een aantal vragen in te dienen over het rapport van de Rekenkamer met betrekking tot de financiële positie van Voorschoten periode 2002-2017 voor behandeling in de commissievergadering Burger en Bestuur van 21 september 2017.',
        {('jan-paul middelburg', 'raadslid', None)},
    ),
    (  # titles open each item of a subject list; 'tot de' + office is no appointment (holdout182 h182-044)
        'http://docplayer.nl/1312384-M-haak-f-j-mulder-m-g-f-tokkie-b-h-m-wielage-en-l-w-m-worm.html',
        'Meneer Mulder, mevrouw Haak, de heer Tokkie en mevrouw Wielage hebben zich afgemeld als raadsleden. De heer Worm vertegenwoordigt het college momenteel bij een jubileumdiner.',
        {('tokkie', 'raadslid', None), ('wielage', 'raadslid', None), ('haak', 'raadslid', None), ('mulder', 'raadslid', None)},
    ),
    (  # titles open each item of a subject list; 'tot de' + office is no appointment (holdout182 h182-079)
        'https://www.bd.nl/uden-veghel-e-o/boekelse-raad-geeft-wethouder-willems-een-gele-kaart-verstandiger-geweest-om-informatie-te-delen~a847f8f5/',
        ',,Zie het als een gele kaart", zei CDA-woordvoerder Robin Gruijters tot de wethouder.',
        set(),
    ),
    (  # an office's places said to be the listed people's in turn ('respectievelijk') (devset s104)
        'http://blaricum.nl/Bestuur/Nieuws_en_bekendmakingen/Nieuwsberichten/Joan_de_Zwart_Block_en_Niek_Meijer_ge_nstalleerd',
        'Vanmiddag zijn Joan de Zwart-Bloch en Niek Meijer door Commissaris van de Koning Johan Remkes geïnstalleerd als burgemeester van Zandvoort, respectievelijk Blaricum.',
        {('niek meijer', 'burgemeester', 'Blaricum'), ('joan de zwart-bloch', 'burgemeester', 'Zandvoort'), ('johan remkes', 'commissaris van de koning', None)},
    ),
    (  # an office's places said to be the listed people's in turn ('respectievelijk') (holdout2 k045)
        'https://www.burgemeesters.nl/node/318',
        'Gouverneur Léon Frissen heeft op 20 december de waarnemend burgemeesters van de gemeentes Leudal, Maasgouw, Roerdalen en Roermond tegelijkertijd beëdigd. De Gouverneur heeft de heren J.F.J. Zuidgeest, F.J.M. Wilms, drs. R.J. Persoon en H.M.J.M. van Beers onlangs met ingang van 1 januari 2007 aangesteld tot waarnemend burgemeester van respectievelijk de gemeentes Leudal, Maasgouw, Roerdalen en Roermond.',
        {('r.j. persoon', 'burgemeester', 'Roerdalen'), ('f.j.m. wilms', 'burgemeester', 'Maasgouw'), ('h.m.j.m. van beers', 'burgemeester', 'Roermond'), ('j.f.j. zuidgeest', 'burgemeester', 'Leudal'), ('léon frissen', 'commissaris van de koning', None)},
    ),
    (  # a farewell told in the past, the clause ending there (holdout191 qf_nicepage, section 3)
        'https://woerden.tv/oude-gemeenteraad-zwaait-af-koninklijke-onderscheiding-berkhof-en-bom/',
        '15 raadsleden keren niet terug in de nieuwe raad en namen vanavond afscheid. Dit waren: Johan Arentshorst (IB), George Becht (D66), Geert Jan Eissens (D66), Henny Ekelschot (CDA), Jelle IJpma (PW), Loukmane Issarti (PW), Monique Kingma (LvdD), Ruud Nieuwold (D66), Theo Peters (IB), Henk van Dam (CU/SGP), Henk van der Griendt (CU/SGP), Stefan van Hameren (VVD), Jan-Hubert van Rensen (IB), Ingrid Berkhof-de Vries (VVD) en Elias Bom (SW).',
        set(),
    ),
    (  # a double surname after 'van' ('Sybrand van Haersma Buma'); one burgemeester, griffier or gemeentesecretaris per municipality (holdout196 h196-079)
        'https://www.oogtv.nl/2020/12/kerstgroeten-voor-de-buren-van-burgemeesters-in-het-gronings-en-in-het-fries/?utm_source=rss&utm_medium=rss&utm_campaign=kerstgroeten-voor-de-buren-van-burgemeesters-in-het-gronings-en-in-het-fries',
        'Burgemeesters Koen Schuiling en Sybrand van Haersma Buma (Leeuwarden) lijken daar woensdagmiddag wat minder moeite mee te hebben.',
        {('sybrand van haersma buma', 'burgemeester', 'Leeuwarden'), ('koen schuiling', 'burgemeester', None)},
    ),
    (  # a double surname after 'van' ('Sybrand van Haersma Buma'); one burgemeester, griffier or gemeentesecretaris per municipality (holdout86 h86-028)
        'https://www.ed.nl/de-peel/asten-en-deurne-schaden-aanzien-van-politiek~a4d0b84b/',
        'Ze zouden ook digitaal afscheid kunnen nemen van de scheidende burgemeesters Hubert Vos in Asten en Hilko Mak in Deurne.',
        {('hilko mak', 'burgemeester', 'Deurne'), ('hubert vos', 'burgemeester', 'Asten')},
    ),
    (  # a double surname after 'van' ('Sybrand van Haersma Buma'); one burgemeester, griffier or gemeentesecretaris per municipality (holdout33 h33-036)
        'https://www.blikopnieuws.nl/nieuws/275807/sybrand-buma-geinstalleerd-als-burgemeester-leeuwarden.html',
        'Maandagmiddag is tijdens een bijzondere raadsvergadering in Leeuwarden Sybrand van Haersma Buma geïnstalleerd als burgemeester van de gemeente Leeuwarden.',
        {('sybrand van haersma buma', 'burgemeester', 'Leeuwarden')},
    ),
    (  # a double surname after 'van' ('Sybrand van Haersma Buma'); one burgemeester, griffier or gemeentesecretaris per municipality (holdout2 k085)
        'https://www.alkmaarsdagblad.nl/gemeente/nieuwe-college-gemeente-alkmaar-genstalleerd',
        'ALKMAAR - Donderdagavond zijn tijdens de raadsvergadering de nieuwe wethouders toegetreden tot het college. Nicole Mulder (GroenLinks), Ad Jongenelen (BAS), Gijsbert van Iterson Scholten (PVDA), Robert te Beest (CDA), John Hagens (Leefbaar Alkmaar), Jakob Wedemeijer (SP) en Joël Voordewind (CU) werden door burgemeester Anja Schouten in de raadzaal beëdigd.',
        {('gijsbert van iterson scholten', 'wethouder', None), ('ad jongenelen', 'wethouder', None), ('jakob wedemeijer', 'wethouder', None), ('joël voordewind', 'wethouder', None), ('robert te beest', 'wethouder', None), ('john hagens', 'wethouder', None), ('nicole mulder', 'wethouder', None), ('anja schouten', 'burgemeester', None)},
    ),
    (  # a party and portfolio after each listed name; a second function after a slash before a colon; 'de gemeente Y van burgemeester X' (holdout196 h196-021)
        'https://simsite.fryslan.frl/home/nieuws_3166/item/nieuwe-gedeputeerden-en-statenleden-geinstalleerd_18137.html',
        'De nieuwe gedeputeerden en hun voorlopige portefeuilles zijn: Sander de Rouwe, CDA (economie, financiën en sport), Sietske Poepjes, CDA (klimaat, energie en cultuur), Johannes Kramer, FNP (landbouw, leefbaarheid en wonen), Avine Fokkens-Kelder, VVD (verkeer, vervoer, recreatie, toerisme, ruimte, bedrijfsvoering) en Douwe Hoogland, PvdA (veenweide, natuur, water en milieu).',
        {('sander de rouwe', 'gedeputeerde', None), ('avine fokkens-kelder', 'gedeputeerde', None), ('douwe hoogland', 'gedeputeerde', None), ('johannes kramer', 'gedeputeerde', None), ('sietske poepjes', 'gedeputeerde', None)},
    ),
    (  # a party and portfolio after each listed name; a second function after a slash before a colon; 'de gemeente Y van burgemeester X' (holdout196 h196-041)
        'https://www.roerdalen.nl/bestuur-en-organisatie/organisatie_44474/',
        "Aan het hoofd van de gemeentelijke organisatie staat de gemeentesecretaris / algemeen directeur: de heer J.J.W.M. L'Ortije.",
        {("j.j.w.m. l'ortije", 'gemeentesecretaris', None)},
    ),
    (  # a party and portfolio after each listed name; a second function after a slash before a colon; 'de gemeente Y van burgemeester X' (holdout196 h196-070)
        'https://www.telegraaf.nl/watuzegt/673198239/de-kwestie-totaal-vuurwerkverbod-heeft-dat-zin',
        'In de gemeente Haarlem van burgemeester Jos Wienen geldt er dit jaar een lokaal vuurwerkverbod. Burgemeester Michel Bezuijen van Zoetermeer wil nog wachten met zo’n maatregel.',
        {('michel bezuijen', 'burgemeester', 'Zoetermeer'), ('jos wienen', 'burgemeester', 'Haarlem')},
    ),
    (  # rules read from set 206 (holdout206 h206-028)
        'http://www.blikopnieuws.nl/nieuws/262967/burgemeester-pieter-smit-van-oldambt-plotseling-overleden.html',
        'Op 54-jarige leeftijd is plotseling Pieter Smit, de burgemeester van de gemeente Oldambt, overleden. Dit maakte de gemeente op haar website bekend.',
        set(),
    ),
    (  # rules read from set 206 (holdout206 h206-033)
        'https://alkmaar.nieuws.nl/55/28591/anja-schouten-beedigd-tot-nieuwe-burgemeester-van-alkmaar/',
        'In de prachtige entourage van het interieur van de Grote Kerk in Alkmaar werd mevrouw Anja Schouten woensdag 23 juni 2021 door Commissaris van de Koning Arthur van Dijk beëdigd tot nieuwe burgemeester van Alkmaar.',
        {('arthur van dijk', 'commissaris van de koning', None), ('anja schouten', 'burgemeester', 'Alkmaar')},
    ),
    (  # rules read from set 206 (holdout206 h206-067)
        'https://eenvandaag.avrotros.nl/item/gemeenteraden-krijgen-vorm-5-kersverse-wethouders-vertellen-over-hun-carriere-plannen-en-drijfveren/',
        'Van politie naar politiek: Inge Smeets veranderde haar carrièrepad binnen een aantal maanden. Tegenwoordig is ze in plaats van agent wethouder namens Lokaal DNA in de gemeente Meerssen.',
        {('inge smeets', 'wethouder', 'Meerssen')},
    ),
    (  # rules read from set 206 (holdout174 h174-070)
        'https://www.rn7.nl/32991-ook-waterschap-rivierenland-op-vingers-getikt-voor-participatie-gastvrije-waaldijk',
        'Jur van der Lecq, raadslid van GroenLinks van de gemeente West Betuwe, beaamt dit.',
        {('jur van der lecq', 'raadslid', 'West Betuwe')},
    ),
    (  # rules read from set 206 (holdout18 hf149)
        'https://krantenbankzeeland.nl/issue/een/1986-07-03/edition/null/page/11?query=%22Blue%20Spirit%22&period=1983%20-%201999&sort=pagenumber%20ascending&f_periodicalcode%5B0%5D=een',
        'Tijdens een buitengewone openbare raadsvergadering van de Thoolse gemeenteraad in Haestinge te St. Maartensdijk is de heer H.A. van der Munnik uit het Complimenten Groningse Bierum dinsdagmiddag officieel geïnstal leerd als burgemeester van Tholen. Loco burgemeester P. van Schetsen hing hem de ambtske ten om.',
        {('p. van schetsen', 'loco-burgemeester', None), ('h.a. van der munnik', 'burgemeester', 'Tholen')},
    ),
    (  # rules read from set 206 (holdout180 h180-048)
        'https://www.kobr.nl/nieuws/politiek/28369/waarnemend-burgemeester-erik-van-heijningen-geinstalleerd',
        'In het bijzijn van zijn echtgenote Daria is Mr. Erik van Heijningen daags na het vertrek van Christaan van der Kamp tijdens een buitengewone raadsvergadering geïnstalleerd als waarnemend burgemeester van Bodegraven-Reeuwijk.',
        {('erik van heijningen', 'burgemeester', 'Bodegraven-Reeuwijk')},
    ),
    (  # rules read from set 204 (holdout204 h204-012)
        'https://www.zaanwiki.nl/encyclopedie/doku.php?id=jantzen',
        'Hendrik Frans (Hen) Jantzen, burgemeester van Westzaan van 1938 tot 1951, begon zijn carrière bij de Marine-Stoomvaart-Dienst waar hij in 1905 te Hellevoetsluis werd benoemd tot adjunct-machinist.',
        set(),
    ),
    (  # rules read from set 204 (holdout204 h204-016)
        'https://stadsarchief.rotterdam.nl/zoek-en-ontdek/themas/1-stad-7-burgemeesters/van-walsum/index.xml',
        'In 1982 is de oud-burgemeester vernoemd in de Burgemeester Van Walsumweg (Rotterdam Oost/Centrum).',
        set(),
    ),
    (  # rules read from set 204 (holdout49 h49-002)
        'https://www.nieuwestadsblad.nl/nieuws/algemeen/247873/bouwstart-huurwoningen-van-belang-voor-senioren',
        'Woonplus bezit zestig procent van de woningen in Nieuwland. ‘Dat is te veel. Zo’n hoog percentage past niet in onze beleidsdoelstellingen”, zei directeur-bestuurder Emile Klep dinsdagmiddag bij de start van 37 huurappartementen aan de Parkweg, hoek Burgemeester Van Haarenlaan.',
        set(),
    ),
    (  # rules read from set 204 (holdout89 h89-055)
        'https://www.nhnieuws.nl/nieuws/253901/jeroen-nobel-geinstalleerd-als-waarnemend-burgemeester-van-den-helder',
        'DEN HELDER - In het stadhuis van Den Helder aan de Drs. F. Bijlweg is vanavond Jeroen Nobel geïnstalleerd als waarnemend burgemeester van de gemeente. Wethouder Kees Visser hing hem de burgemeestersketting om.',
        {('jeroen nobel', 'burgemeester', None), ('kees visser', 'wethouder', None)},
    ),
    (  # 'plv' / 'plv.' for plaatsvervangend: a deputy griffier or secretary (holdout198 h198-061)
        'http://www.ritablogt.nl/',
        'Samen met onze plv raadsgriffier Katinka zou ik met een voorstel voor alle raden komen om daarvoor een amendement in te dienen in ieder raad.',
        set(),
    ),
    (  # 'plv' / 'plv.' for plaatsvervangend: a deputy griffier or secretary (holdout198 h198-070)
        'https://janvanzanen.denhaag.nl/news/dinsdag-7-maart/',
        'Heb om half negen een digitaal overleg met wethouder Kavita Parbhudayal. Spreek live in mijn werkkamer op het Stadhuis met gemeentesecretaris Ilma Merx (en plv. gemeentesecretaris René van Kuilenburg) over de agenda van de vergadering van het college van B&W die volgt.',
        {('kavita parbhudayal', 'wethouder', None), ('ilma merx', 'gemeentesecretaris', None)},
    ),
    (  # a street noun written apart after a name (holdout197 h197-037)
        'https://www.weertdegekste.nl/2019/07/start-bouw-nieuwe-brandweerkazerne-en-nieuwe-tankautospuit-in-nederweert/',
        'De toekomstige oefenplaats van de brandweerkazerne krijg de naam Burgemeester Evers Plein.',
        set(),
    ),
    (  # rules read from sets 207-210 (holdout207 h207-063)
        'http://www.roskam.nl/home/nieuws/3539-bron-spijzigt-gebruikers-van-f35-in-hengelo-met-krentenfietswegge.html',
        "'Een kleinigheidje, omdat we blij zijn dat je fietst', was de verklaring per tweetbericht van wethouder Bron aan al degenen die verrast opkeken toen de wethouder, gesecondeerd door tal van hulpkachten, hen een plak krentenfietswegge aanreikte.",
        {('bron', 'wethouder', None)},
    ),
    (  # rules read from sets 207-210 (holdout210 h210-069)
        'http://deontwikkelagenda.nl/programmateam/',
        'Onno van Veldhuizen\nVoorzitter Netwerkstad\nHester Maij\nGedeputeerde Provincie Overijssel\nJan Eshuis\nVoorzitter Secretarissenoverleg Netwerkstad',
        {('hester maij', 'gedeputeerde', None)},
    ),
    (  # rules read from sets 207-210 (holdout208 h208-013)
        'https://zoek.officielebekendmakingen.nl/stcrt-2025-3767.html',
        '2. Gedeputeerde Staten van de provincie Gelderland, te deze rechtsgeldig vertegenwoordigd de gedeputeerde voor cultuur, Peter Drenth, en hierna te noemen: provincie Gelderland,\n\n3. Gedeputeerde Staten van de provincie Overijssel, te deze rechtsgeldig vertegenwoordigd door de gedeputeerde voor cultuur, Tijs de Bree, en hierna te noemen: provincie Overijssel,',
        {('peter drenth', 'gedeputeerde', None), ('tijs de bree', 'gedeputeerde', None)},
    ),
    (  # rules read from sets 207-210 (holdout207 h207-075)
        'https://arnhem.nieuws.nl/nieuws/20200201/regio-arnhem-nijmegen-beter-bereikbaar-samen-aan-de-slag/',
        'Bestuurlijk accounthouder Slim en Schoon Onderweg Dimitri Horsthuis – Tangelder (wethouder gemeente Overbetuwe): “Alleen infrastructurele maatregelen zijn niet genoeg voor een betere doorstroming van het verkeer.',
        {('dimitri horsthuis – tangelder', 'wethouder', 'Overbetuwe')},
    ),
    (  # rules read from sets 207-210 (holdout209 h209-078)
        'https://www.bndestem.nl/moerdijk/ludiek-protest-van-moerdijkse-boeren-wie-de-boer-niet-eert-is-zijn-vreten-niet-weerd~aa241791/',
        'Nadat burgemeester Aart – Jan Moerkerke en een groot aantal raadsleden en wethouders naar buiten waren gekomen sprak Jan Aarts namens de boeren hen toe.',
        {('aart – jan moerkerke', 'burgemeester', None)},
    ),
    (  # rules read from sets 207-210 (holdout116 h116-041)
        'https://www.destentor.nl/raalte/motie-van-wantrouwen-houdt-wederom-geen-stand-raalter-wethouder-wagenmans-mag-blijven-na-strunk-debacle~a98013f6/',
        'Waarom ging de discussie en stemming over een motie van wantrouwen tegen Raalter wethouder Wout Wagenmans door, terwijl de schermen van het digitale debat op zwart stonden voor pers en publiek? Burgemeester Martijn Dadema en griffier Jan Bouke Zijlstra grepen niet in, ook al wisten ze dat de live-verbinding was verbroken.',
        {('jan bouke zijlstra', 'griffier', None), ('martijn dadema', 'burgemeester', None), ('wout wagenmans', 'wethouder', 'Raalte')},
    ),
    (  # rules read from sets 207-210 (holdout47 h47-016)
        'https://vng.nl/artikelen/nieuw-bestuur-vng-de-eigen-weg-volgen',
        'Cathalijne Dortmans\nVoorzitter commissie Zorg, Jeugd en Onderwijs, wethouder (GroenLinks) in Helmond',
        {('cathalijne dortmans', 'wethouder', 'Helmond')},
    ),
    (  # rules read from sets 207-210 (holdout47 h47-022)
        'https://www.regiotwente.nl/over-regio-twente/pers-en-media/nieuws/1395-nieuw-college-gedeputeerde-staten-welkom-geheten-in-twentehuis',
        'Roy de Witte is een van de drie nieuwe gezichten in het college. Hij gaat zich als gedeputeerde namens het CDA onder meer bezighouden met Leefbaar Platteland, Cultuur en Sociale Kwaliteit.',
        {('roy de witte', 'gedeputeerde', None)},
    ),
    (  # rules read from sets 207-210 (holdout52 h52-001)
        'https://zuidholland50plus.nl/overige/inbreng-50plus-ps-9-maart-2022/',
        'Voorzitter: de heer J. Smit\nGriffier: de heer B.S.M Sepers',
        {('b.s.m sepers', 'griffier', None)},
    ),
    (  # rules read from sets 207-210 (holdout12 hc008)
        'https://www.nhnieuws.nl/nieuws/n5535/gevaar-voor-wildgroei-aan-monumenten',
        'Burgemeester Oud sprak bij de herdenking van deze slachtoffers.',
        {('oud', 'burgemeester', None)},
    ),
    (  # rules read from sets 207-222 (holdout218 h218-031)
        'https://www.resrotterdamdenhaag.nl/actueel/nieuws/2425587.aspx?t=nieuw-voorzittersduo-res-rotterdam-den-haag',
        'Marcel Belt, wethouder in Leidschendam-Voorburg namens D66. Marcel heeft onder andere energietransitie, duurzaamheid, openbare ruimte, zorg, cultuur en burgerparticipatie in zijn portefeuille.',
        {('marcel belt', 'wethouder', 'Leidschendam-Voorburg')},
    ),
    (  # rules read from sets 207-222 (holdout218 h218-063)
        'https://www.hengelo.nl/Vergadering.mvc/c5ac8c3d$252De703$252Deb11$252Da889$252D00505695c8d2',
        'Voorzitter: Vincent Mulder, Griffier: Gerrit-Jan Eeftink.',
        {('gerrit-jan eeftink', 'griffier', None)},
    ),
    (  # rules read from sets 207-222 (holdout218 h218-055)
        'https://www.rtvdrenthe.nl/nieuws/15320822/onderzoek-naar-partijdigheid-vertraagt-besluit-zonnepark-zuidvelde',
        'Bertus Jan Epema (PvdA/GroenLinks) is één van de raadsleden die ook lid is van ECN.',
        {('bertus jan epema', 'raadslid', None)},
    ),
    (  # rules read from sets 207-222 (holdout70 h70-025)
        'https://nieuws.nl/algemeen/20230614/overijssel-bereidt-zich-voor-op-presentatie-van-coalitie/',
        'Het is de bedoeling dat uit het huidige college van gedeputeerden Tijs de Bree (PvdA) en Gert Harm ten Bolscher (SGP) doorgaan. Volgens ingewijden wordt VVD-fractievoorzitter Erwin Hoogland ook een van de gedeputeerden.',
        {('tijs de bree', 'gedeputeerde', None), ('gert harm ten bolscher', 'gedeputeerde', None)},
    ),
    (  # rules read from sets 207-222 (holdout216 h216-007)
        'https://www.nhnieuws.nl/nieuws/n65997/wethouders-verwachten-veel-van-nieuwe-armoedeminister',
        'Michiel Grauss, wethouder armoedebestrijding in Rotterdam, is blij dat een minister zich straks specifiek met armoedebeleid bezighoudt.',
        {('michiel grauss', 'wethouder', 'Rotterdam')},
    ),
    (  # rules read from sets 207-222 (holdout210 h210-036)
        'http://opa-alkmaar.nl/nieuws/431/sluiting-vroom-en-dreesmann-persoonlijk-drama-voor-werknemers.html',
        'Jan Hoekzema\nRaadslid Onafhankelijke Partij Alkmaar (OPA)',
        {('jan hoekzema', 'raadslid', None)},
    ),
    (  # rules read from sets 207-222 (holdout215 h215-076)
        'https://www.ronduitopen.nl/nieuws/woningbouwbeleid',
        'Vriendelijke groeten,\n\nEvert Franzen\n\nRaadslid Ronduit Open',
        {('evert franzen', 'raadslid', None)},
    ),
    (  # a surname alone for the double name written before it (holdout211 rn_flickr, section 1)
        'https://www.maastrichterdagblad.nl/gemeente/burgemeester-annemarie-penn-te-strake-van-maastricht-krijgt-koninklijke-onderscheiding-bij-afscheid',
        'MAASTRICHT - Mevrouw Penn-te Strake is benoemd tot Officier in de Orde van Oranje-Nassau vanwege haar persoonlijke bijzondere verdiensten. Gouverneur Emile Roemer heeft haar donderdag, bij gelegenheid van haar afscheid als burgemeester van Maastricht, de versierselen die horen bij deze onderscheiding overhandigd.\n\nMevrouw Penn is sinds 2015 burgemeester van de gemeente Maastricht.',
        {('penn-te strake', 'burgemeester', 'Maastricht'), ('emile roemer', 'commissaris van de koning', None)},
    ),
    (  # particles opening a surname after a given name (holdout211 rm_pleroma, section 4)
        'https://www.weekbladwestbetuwe.nl/nieuws/algemeen/715696/west-betuwe-hoopt-op-extra-woningen-',
        'De fractievoorzitters willen wel bouwen in Beesd. Raadslid Gijsbert van de Water herinnerde de andere partijen aan de toezegging die is gedaan tijdens een bezoek aan Beesd.',
        {('gijsbert van de water', 'raadslid', None)},
    ),
    (  # rules read from sets 215-222 (holdout217 h217-049)
        'https://frontpage.fok.nl/nieuws/print/728481',
        'De bijeenkomst is in Rucphen, waar burgemeester Marjolein van der Meer Mohr doelwit werd van bedreiging.',
        {('marjolein van der meer mohr', 'burgemeester', None)},
    ),
    (  # rules read from sets 215-222 (holdout217 h217-037)
        'https://hartvoorbloemendaal.nl/onafhankelijk-onderzoek/',
        'Verder betrekt hij hierin de diverse rapporten, oa het rapport Kuitenbrouwer (2015) en het rapport van vmlg burgemeester Aaltje Emmens, samen bouwen aan het huis van de democratie (eveneens 2015).',
        set(),
    ),
    (  # rules read from sets 215-222 (holdout209 h209-030)
        'https://www.rd.nl/artikel/1098255-wethouder-wijnne-barneveld-veehouderij-in-gelderse-vallei-is-met-stikstof-al-goed-op-weg',
        'Wethouder Bennie Wijnne (SGP) is in Barneveld verantwoordelijk voor onder meer plattelandsontwikkeling. Volgens hem is de sector al goed op weg.',
        {('bennie wijnne', 'wethouder', 'Barneveld')},
    ),
    (  # rules read from sets 215-222 (holdout210 h210-008)
        'https://www.omropfryslan.nl/nieuws/1014234-sluiting-zuivelfabriek-dronryp-na-130-jaar-dramatisch-voor-dorp-en-werknemers',
        'Tange heeft meteen contact gezocht met wethouder Caroline de Pee die in de gemeente Waadhoeke economische zaken in portefeuille heeft.',
        {('caroline de pee', 'wethouder', 'Waadhoeke')},
    ),
    (  # rules read from sets 215-222 (holdout209 h209-048)
        'https://www.rtvdrenthe.nl/nieuws/14771630/demonstrerende-boeren-bij-provinciehuis-in-gesprek-met-politici',
        'Onder andere landbouwgedeputeerde Henk Jumelet en Commisaris van de Koning Jetta Klijnsma zijn door de boeren aangesproken.',
        {('henk jumelet', 'gedeputeerde', None), ('jetta klijnsma', 'commissaris van de koning', None)},
    ),
    (  # rules read from sets 215-222 (holdout20 hg004)
        'https://www.telegraaf.nl/nieuws/532402426/schaatspret-op-natuurijsbanen-druk-en-ouderwets-gezellig',
        'Volgens burgemeester Naafs van de Utrechtse Heuvelrug is het er ’gezellig druk en ouderwets gezellig’.',
        {('naafs', 'burgemeester', 'Utrechtse Heuvelrug')},
    ),
    (  # one of the two named before: "De eerste is de nieuwe burgemeester" (holdout212 rr_calameo, section 1)
        'https://www.ad.nl/amsterdam/in-landsmeer-kunnen-ook-mensen-voortaan-een-straatnaam-krijgen~a7fefcbd/',
        'Anno 2022 hangt er alsnog verandering in de lucht, met dank aan Léon de Lange en Wim van Acker. De eerste is de nieuwe burgemeester van Landsmeer, de tweede een in 1991 overleden ondernemer, verzetsheld en wereldkampioen ijszeilen.',
        {('léon de lange', 'burgemeester', 'Landsmeer')},
    ),
    (  # a subject's "van <municipality>" is where from (holdout212 rr_calameo, section 6)
        'https://www.omroepgelderland.nl/nieuws/2150423/Ina-Leppink-wordt-waarnemend-burgemeester',
        'ULFT - Oud-burgemeester Ina Leppink-Schuitema van Montferland wordt waarnemend burgemeester van het Limburgse Horst aan de Maas. Naar verwachting zal ze deze functie voor één jaar vervullen.',
        {('ina leppink-schuitema', 'burgemeester', 'Horst aan de Maas')},
    ),
    (  # rules read from sets 223-229 (holdout224 h224-033)
        'https://nos.nl/artikel/2318441-rotterdam-moet-maximaal-640-vluchtelingen-per-jaar-opnemen.html',
        'Rotterdam moet hooguit 640 vluchtelingen per jaar toelaten. Dat stelt wethouder Wijbenga van Integratie, die in NRC zegt dat de stad één vluchteling op 1000 inwoners verantwoord kan opnemen.',
        {('wijbenga', 'wethouder', None)},
    ),
    (  # rules read from sets 223-229 (holdout224 h224-075)
        'https://www.vgbk.nl/taalpact-tegen-laaggeletterdheid/',
        'Wethouder Vente van Sociale Zaken “Hiermee wil de gemeente Krimpenerwaard mensen meer kansen bieden, ook mensen met een taalachterstand.',
        {('vente', 'wethouder', None)},
    ),
    (  # rules read from sets 223-229 (holdout224 h224-063)
        'https://www.bndestem.nl/oosterhout/gemeenteraad-dongen-geinstalleerd-met-twaalf-nieuwe-gezichten~a7c7ccb3/',
        'Coert van Os legt de eed af als gemeenteraadslid.',
        {('coert van os', 'raadslid', None)},
    ),
    (  # rules read from sets 223-229 (holdout223 h223-029)
        'https://stadspers.com/node/2167',
        'Vanmorgen heeft staatssecretaris Van Huffelen (van Koninkrijksrelaties en Digitalisering) en burgemeester Nienhuis (van gemeente Heemstede, aanwezig vanuit haar rol bij de VNG als lid van de Commissie Informatiesamenleving) een werkbezoek gebracht aan de gemeente De Bilt.',
        {('nienhuis', 'burgemeester', 'Heemstede')},
    ),
    (  # rules read from sets 223-229 (holdout225 h225-072)
        'https://de-wolden.nieuws.nl/nieuws/36195/gemeente-de-wolden-krijgt-tijdelijk-vier-wethouders/',
        'Zuidwolde – De stemming over de benoeming van Egbert van Dijk uit Ruinen tot wethouder in De Wolden, vindt donderdag via een drive-in stembureau plaats.',
        set(),
    ),
    (  # rules read from sets 223-229 (holdout225 h225-079)
        'https://www.infrasite.nl/financiering/2005/07/06/invulling-vijftien-miljoen-euro-voor-drechtsteden/',
        'Leen van der Sar, gebiedsgedeputeerde Regio Zuid-Holland Zuid, is blij met de financiële invulling van de afspraken: “Het college wil de positie van de Drechtsteden in de Zuidvleugel versterken.',
        {('leen van der sar', 'gedeputeerde', None)},
    ),
    (  # rules read from sets 223-229 (holdout225 h225-052)
        'http://bopbaarn.nl/276-zorgwethouders-ondertekenen-brandbrief-jeugdzorg/',
        'Zo begint een door 276 wethouders van coalitiepartijen VVD, CDA, D66 en ChristenUnie ondertekende brandbrief die onlangs door de Edense wethouder Leon Meijer (CU) is gestuurd naar het kabinet.',
        {('leon meijer', 'wethouder', 'Ede')},
    ),
    (  # rules read from set 226 (holdout226 h226-074)
        'http://magazine.euregiobizz.tv/landgraaf-nederlands/wethouders-aan-het-woord/',
        'Bart Smeets\nwethouder wonen en openbare ruimte\ngemeente Landgraaf',
        {('bart smeets', 'wethouder', 'Landgraaf')},
    ),
    (  # rules read from set 226 (holdout226 h226-075)
        'http://magazine.euregiobizz.tv/landgraaf-nederlands/wethouders-aan-het-woord/',
        'Alex Schiffelers\nwethouder onderwijs en talentontwikkeling\ngemeente Landgraaf',
        {('alex schiffelers', 'wethouder', 'Landgraaf')},
    ),
    (  # rules read from set 226 (holdout226 h226-050)
        'http://www.opennieuwsbank.nl/bericht/2007/05/05/S030-duitse-burgemeester-spreekt-bij-dodenherdenking-he.html',
        'Burgemeester Muehling van het Duitse Balve, partnergemeente van Heerde, hield tijdens de Dodenherdenking een toespraak waarmee hij de twee minuten stilte inleidde.',
        {('muehling', 'burgemeester', None)},
    ),
    (  # rules read from set 226 (holdout226 h226-073)
        'http://magazine.euregiobizz.tv/landgraaf-nederlands/wethouders-aan-het-woord/',
        'Freed Janssen\nwethouder mobilite\nit\ngemeente Landgraaf',
        {('freed janssen', 'wethouder', 'Landgraaf')},
    ),
    (  # rules read from sets 215 and 225 (holdout215 h215-040)
        'https://www.at5.nl/artikelen/205660/wethouder-ivens-vraagt-vertrouwen-in-marktpartijen-ondanks-problemen-middenhuur',
        "Duo-raadslid Rogier Havelaar (CDA) sprak van 'krokodillentranen'.",
        set(),
    ),
    (  # rules read from sets 215 and 225 (holdout225 h225-043)
        'https://www.decollegetafel.nl/2012/personen/zes-burgemeesters-gedwongen-exit/',
        'Het meest opzienbarende was het vertrek van Ricardo Offermans als burgemeester van Meerssen.',
        set(),
    ),
    (  # rules read from sets 215 and 225 (holdout225 h225-044)
        'https://www.decollegetafel.nl/2012/personen/zes-burgemeesters-gedwongen-exit/',
        'Spraakmakend was ook het opstappen van Harry de Vries (CDA) als burgemeester van Lingewaard.',
        set(),
    ),
    (  # rules read from sets 235 and 236 (holdout235 h235-041)
        'http://www.hva.nl/kc-onderwijs-opvoeding/gedeelde-content/nieuws/nieuwsberichten/2012/10/impressie-debat-kinderopvang-en-onderwijs-in-een-veranderend-politiek-landschap.html',
        '• Corrie Noom, wethouder Zaanstad;\n• Hans Cremer, ABN AMRO;\n• Ron Oostdam van het Kenniscentrum Opvoeding en Onderwijs HvA;\n• Marjet Winsemius, die lobbyt voor Werkende Moeders;\n• Coby van Berkum, wethouder Amsterdam-Noord;\n• Magda Heijtel, Impuls kinderopvang;\n• Bart Eigemann, oud-wethouder Den Bosch en',
        {('coby van berkum', 'wethouder', None), ('corrie noom', 'wethouder', 'Zaanstad')},
    ),
    (  # rules read from sets 235 and 236 (holdout235 h235-043)
        'https://www.maatschappelijkekinderopvang.nl/agenda/save-the-date-bmk-en-po-raad-organiseren-themadiscussie-5-juni-samen/',
        '– Rudmer Heerema (kamerlid VVD)\n– Marjolein Moorman (wethouder onderwijs en kinderopvang in Amsterdam, PvdA)\n– Pauline Slot (universitair docent educatie en pedagogiek, Universiteit Utrecht)',
        {('marjolein moorman', 'wethouder', 'Amsterdam')},
    ),
    (  # rules read from sets 235 and 236 (holdout236 h236-029)
        'http://www.brabantscentrum.nl/nieuws/boxtel-schrapt-raadsvergadering/24933/79/',
        'Eerst als gemeentesecretaris van Liempde, daarna als loco-secretaris van Boxtel na de herindeling. Ook als raadslid van het CDA en later van Balans heeft hij de belangen van onze inwoners op een bijzondere en gedreven manier behartigd.',
        set(),
    ),
    (  # rules read from sets 235 and 236 (holdout236 h236-004)
        'https://www.gelderlander.nl/binnenland/van-der-laan-herdacht-in-het-concertgebouw~va045d98d/',
        'De Amsterdamse burgemeester Eberhard van der Laan wordt vandaag herdacht in het Concertgebouw in Amsterdam. Om 13.00 uur arriveerde de rouwstoet op het Museumplein.',
        set(),
    ),
    (  # rules read from sets 235 and 236 (holdout236 h236-005)
        'https://www.rd.nl/artikel/727963-politiek-den-haag-treurt-om-van-der-laan',
        'In politiek Den Haag is met verdriet gereageerd op de dood van burgemeester Eberhard van der Laan van Amsterdam.',
        set(),
    ),
    (  # rules read from sets 235 and 236 (holdout236 h236-051)
        'https://www.omroepbrabant.nl/nieuws/4252874/dit-zijn-de-langstzittende-burgemeesters-van-brabant',
        'Zo ging ook burgemeester Michel Marijnen in 2010 na twintig jaar als burgemeester van Roosendaal met pensioen.',
        set(),
    ),
    (  # rules read from sets 235 and 236 (holdout236 h236-047)
        'https://www.binnenlandsbestuur.nl/bestuur-en-organisatie/achtergrond/achtergrond/doener-achter-de-schermen.740946.lynkx',
        '‘Vroeger zeiden we, die Roel, die wordt nog eens minister van Landbouw’, zegt voormalig VVD wethouder Evert Blaauwendraat.',
        set(),
    ),
    (  # rules read from sets 235 and 236 (holdout236 h236-042)
        'https://www.binnenlandsbestuur.nl/bestuur-en-organisatie/ambtelijke-samenwerking/ook-commissaris-van-de-koning-utrecht-stopt',
        'Na Johan Remkes, commissaris van de Koning in Noord-Holland, en Clemens Cornielje, commissaris van de Koning in Gelderland, heeft ook de commissaris van Utrecht, Willibrord van Beek, bekend gemaakt dat hij gaat stoppen.',
        {('clemens cornielje', 'commissaris van de koning', None), ('johan remkes', 'commissaris van de koning', None), ('willibrord van beek', 'commissaris van de koning', None)},
    ),
    (  # rules read from sets 235 and 236 (holdout62 h62-085)
        'https://www.heturkerland.nl/nieuws/algemeen/24547/bibliotheek-naar-nieuwe-vleugel-gemeentehuis',
        'Plaatsvervangend burgemeester Johan de Groot trok tijdens de persconferentie van dinsdagmiddag grappend de vergelijking met aartsvader Jacob, die ook pas na veertien jaar kreeg wat hij wilde.',
        {('johan de groot', 'loco-burgemeester', None)},
    ),
    (  # rules read from sets 235 and 236 (holdout158 h158-087)
        'https://www.apeldoorndirect.nl/politiek/nieuwe-wethouders-geinstalleerd-20120329/',
        'Vanavond zijn de zes wethouders officieel geïnstalleerd. Zij vormen samen met plaatsvervangend burgemeester Hans Esmeijer het nieuwe college van b&w.',
        {('hans esmeijer', 'loco-burgemeester', None)},
    ),
    (  # rules read from sets 231, 232, 240 (holdout240 h240-054)
        'https://www.zeelandnet.nl/nieuws/herdenken-en-vieren-tijdens-keti-koti-in-middelburg',
        'De ceremonie begint om 10:30 uur in aanwezigheid van onder andere minister Carola Schouten, commissaris van de Koning Han Polman, voorzitter van Keti Koti Zeeland Angélique Duijndam en de burgemeesters Harold Bergmann, Bas van den Tillaar en Frederiek Schouwenaar van respectievelijk de gemeenten Middelburg, Vlissingen en Veere.',
        {('bas van den tillaar', 'burgemeester', 'Vlissingen'), ('frederiek schouwenaar', 'burgemeester', 'Veere'), ('han polman', 'commissaris van de koning', None), ('harold bergmann', 'burgemeester', 'Middelburg')},
    ),
    (  # rules read from sets 231, 232, 240 (holdout231 ud_typeform, section 5)
        "https://sv-driebergen.nl/over-ons/koninklijke-erepenning/",
        "In 2000 heeft onze vereniging van Hare Majesteit de Koningin de koninklijke erepenning ontvangen uit handen "
        "van Burgemeester Drs. R.A. ridder van Rappard.",
        {("r.a. ridder van rappard", "burgemeester", None)},
    ),
    (  # rules read from sets 231, 232, 240 (holdout232 tk_datawrapper, section 1)
        "https://veenendaal.sp.nl/blog/alle/ary-jan-breur/2019/03/pubquiz-2019",
        "Uiteindelijk werd de quiz gewonnen door onze wethouders Beek en Lochtenberg.",
        {("beek", "wethouder", None), ("lochtenberg", "wethouder", None)},
    ),
    (  # rules read from set 237 (holdout237 h237-057)
        'https://www.rd.nl/vandaag/politiek/wethouder-lelystad-uitstel-heel-vervelend-1.1468994',
        'Wethouder Jop Fackeldey (Luchthavenontwikkeling) van Lelystad vindt het uitstel van de uitbreiding van Lelystad Airport „heel vervelend”.',
        {('jop fackeldey', 'wethouder', 'Lelystad')},
    ),
    (  # rules read from set 237 (holdout237 h237-089)
        'https://www.hcnieuws.nl/lokaal/lokaal/250850/nieuwe-burgemeester-schuurmans-toont-ambitie-strijd-tegen-criminaliteit-en-woningtekort',
        "Het was voormalig wethouder Arthur van Dijk, die nu commissaris van de koning van Noord-Holland is, die haar de gelofte afnam: 'Het proces van benoeming is toch in betrekkelijk korte termijn doorlopen.",
        {('arthur van dijk', 'commissaris van de koning', None)},
    ),
    (  # a rule read from set 245 (holdout245 h245-028)
        'https://www.nu.nl/roosendaal-halderberge-rucphen/4226809/provincie-geeft-subsidie-wielerparcours-en-bmx-track.html',
        'Om al deze redenen investeren wij als provincie in sport”, meldt provinciegedeputeerde Henri Swinkels van Leefbaarheid en Cultuur.',
        {('henri swinkels', 'gedeputeerde', None)},
    ),
    (  # a rule read from set 244 (holdout244 wa_wordonline, section 6)
        "https://www.nederbetuwe.nl/nieuws/artikel/dankbaar",
        "Herdenken en vieren, wat kunnen we dat goed in ons Neder-Betuwe! Het zijn momenten die we koesteren.\n"
        "Jan Kottelenberg,\nUw burgemeester",
        {("jan kottelenberg", "burgemeester", None)},
    ),
    (  # rules read from sets 247 and 248 (holdout247 h247-039)
        'https://www.emea.nl/persberichten/koninginnedag-in-woudrichem-en-s-hertogenbosch-op-30-april-2007-20467/',
        'Dit maakten de Commissaris van de Koningin, mevrouw J.R.H. Maij-Weggen, en de beide burgemeesters, respectievelijk F.A. Petter en A.G.J.M. Rombouts, op 5 januari bekend tijdens de nieuwjaarsreceptie van de gemeente Woudrichem.',
        {('a.g.j.m. rombouts', 'burgemeester', None), ('f.a. petter', 'burgemeester', None), ('j.r.h. maij-weggen', 'commissaris van de koning', None)},
    ),
    (  # rules read from sets 247 and 248 (holdout248 h248-038)
        'https://www.gemeentemaastricht.nl/over-maastricht/publicaties/nieuws/nieuws/artikel/wethouder-willems-tijdelijk-met-ziekteverlof/',
        'Wethouder André Willems (onder meer sociale zaken, sport, stadsbeheer en ouderenbeleid) heeft tijdelijk zijn werkzaamheden neergelegd in verband met een medische ingreep.',
        {('andré willems', 'wethouder', None)},
    ),
    (  # rules read from sets 247 and 248 (holdout248 h248-050)
        'http://middengroninger.nl/node/10230',
        'Burg. van Zuijlen wees er in zijn toespraak op dat in de afgelopen periode 5 van de 7 partijen collegeverantwoordelijkheid droegen, 3 wethouders gingen weg, alleen de drie éénmansfracties bleven gelijk.',
        {('van zuijlen', 'burgemeester', None)},
    ),
    (  # rules read from sets 247 and 248 (holdout248 h248-016)
        'http://enschedemedia.muze.nl/enschede/Afscheid_Jan_Mans_22_april_2005.wma/',
        '7. Blok speeches; de heren Kerckhaert (burgemeester van Hengelo) en Holtwisch (burgemeester van Gronau).',
        {('holtwisch', 'burgemeester', None), ('kerckhaert', 'burgemeester', 'Hengelo')},
    ),
    (  # rules read from sets 236 and 243 (holdout236 h236-021)
        'https://www.rtvnoord.nl/nieuws/192629/Paas-over-overlijden-Pieter-Smit-Verslagen-en-verdrietig',
        "Gedeputeerde en voormalig D66-partijvoorzitter Fleur Gräper reageert geschokt. 'Dit komt totaal onverwacht', zegt zij.",
        {('fleur gräper', 'gedeputeerde', None)},
    ),
    (  # rules read from sets 236 and 243 (holdout243 uc_twitch, section 4)
        "https://fd.nl/politiek/1469671/de-week-voorbij-vergeet-bij-het-stemmen-de-provincies-niet",
        "Madeleine van Toorenburg, voormalig Tweede Kamerlid voor het CDA en huidig gedeputeerde in Limburg, legt uit "
        "wat de taken van de provincies precies zijn.",
        {("madeleine van toorenburg", "gedeputeerde", None)},
    ),
    (  # rules read from sets 236 and 243 (holdout243 uc_twitch, section 5)
        "https://www.blikopnieuws.nl/2008/volop-aandacht-voor-nationale-molen-en-gemalendag",
        "De wethouder van Nieuw-Lekkerland, de heer Andre Hoogendoorn verzocht na zijn inleiding over het belang van "
        "het hebben van dit werelderfgoed in de gemeente Nieuw-Lekkerland, de goede samenwerking tussen de verschillende "
        "partijen en het hebben van enthousiaste vrijwilligers, de heren Smit en Van Wert het gemaal te starten.",
        {("andre hoogendoorn", "wethouder", None)},
    ),
    (  # rules read from sets 236 and 243 (holdout243 uc_twitch, section 6)
        "https://www.nhnieuws.nl/nieuws/316124/texelaars-niet-zo-geinteresseerd-in-verkiezingsdebat-op-eiland",
        "Gedeputeerde en lijsttrekker van de VVD Esther Rommel gaf aan dat het verspilde energie is om nog hier tegen "
        "te verzetten.",
        {("esther rommel", "gedeputeerde", None)},
    ),
    (  # a rule read from set 248 (holdout248 h248-022)
        'https://www.bnnvara.nl/joop/artikelen/racisten-verstoren-raadsvergadering-in-beuningen-en-gooien-met-vuurwerk-in-amersfoort',
        'Daarom zag [burgemeester] Daphne Bergman geen andere keuze dan de vergadering te schorsen. De gemeenteraad en de wethouders verlieten daarop de zaal.',
        {('daphne bergman', 'burgemeester', None)},
    ),
    (  # a rule read from set 252 (holdout252 h252-057)
        'https://www.rtvoost.nl/nieuws/2024938/Wordt-Zwolle-de-meest-diervriendelijke-stad-van-Nederland',
        'Al in 1998 rammelde dierenvriend Dogger -toen nog als raadslid voor de lokale partij Swollwacht- aan de boom om het welzijn van de dieren in de stad op de agenda te krijgen. En inmiddels is er heel veel veranderd.',
        set(),
    ),
    (  # a rule read from set 249 (holdout249 zc_diaspora, section 1)
        "https://www.destentor.nl/achterhoek/burgemeesters-reageren-op-oproep-van-mark-boumans-over-samenwerking-"
        "achterhoek-al-flinke-stap-gezet~ad4de08f/",
        "Via twitterberichten reageerden zowel de burgemeesters Anton Stapelkamp (Aalten) als Annette Bronsvoort "
        "(Oost Gelre).",
        {("anton stapelkamp", "burgemeester", "Aalten"), ("annette bronsvoort", "burgemeester", "Oost Gelre")},
    ),
    (  # rules read from sets 257 and 258 (holdout257 h257-021)
        'https://www.infoleek.nl/81244/2023/03/09/gemeente-westerkwartier-krijgt-half-miljoen-euro-subsidie-voor-veilige-schoolomgevingen/',
        'Wethouder Infrastructuur en Verkeer Harry Stomphorst: “Met deze subsidie kunnen we de directe omgeving van basisscholen in onze gemeente waar nodig verbeteren.',
        {('harry stomphorst', 'wethouder', None)},
    ),
    (  # rules read from sets 257 and 258 (holdout258 h258-023)
        'https://www.nhnieuws.nl/nieuws/231963/VVD-raadslid-Enkhuizen-gewond-na-motorongeluk-op-A4',
        'ENKHUIZEN - VVD-raadslid en -fractievoorzitter Rob van Reijswoud is afgelopen donderdag zwaargewond geraakt na een motorongeluk. Dat gebeurde op de A4 in de buurt van Zoeterwoude.',
        {('rob van reijswoud', 'raadslid', None)},
    ),
    (  # a lost space after the hyphen: Penn-teStrake (holdout264 h264-005)
        'https://nieuws.nl/algemeen/20220128/mogelijk-speciale-corona-afspraken-voor-carnavalsperiode/',
        'Justitieminister Dilan Yesilgöz praat er maandag over met de burgemeesters Annemarie Penn-teStrake (Maastricht), Jack Mikkers (Den Bosch) en Hubert Bruls (Nijmegen).',
        {('annemarie penn-testrake', 'burgemeester', 'Maastricht'), ('hubert bruls', 'burgemeester', 'Nijmegen'), ('jack mikkers', 'burgemeester', "'s-Hertogenbosch")},
    ),
    (  # a party after the name, then the apposition (holdout264 h264-045)
        'https://www.nrc.nl/nieuws/2020/08/31/de-raad-vergadert-in-het-museum-a4010388',
        '„Je mist toch de interactie, het non-verbale”, zegt ook Kees Koudstaal van de Baarnse Onafhankelijke Partij, het langstzittende raadslid.',
        {('kees koudstaal', 'raadslid', None)},
    ),
    (  # a role list after a participle: "voorgedragen, namelijk" (holdout79 h79-002)
        'https://www.raadsleden.nl/actueel/nieuws/het-vng-bestuur-en-commissies-is-met-drie-raadsleden-gestegen/',
        'In het VNG bestuur zijn slechts 3 raadsleden voorgedragen, namelijk Robert Lievense uit Schouwen-Duivenland, Ojanne de Vries-Chang uit Heerenveen en Sander van Alfen uit Buren.',
        {('ojanne de vries-chang', 'raadslid', None), ('robert lievense', 'raadslid', None), ('sander van alfen', 'raadslid', None)},
    ),
    (  # the holder after a participle and a comma: "beëdigd, de heer A.J. Kottelenberg" (holdout70 h70-096)
        'https://neder-betuwe.sgp.nl/actueel/nieuws/toespraak-van-wolfswinkel-installatie-burgemeester-kottelenberg',
        'Vrijdagmiddag 7 april is tijdens een bijzondere raadsvergadering de nieuwe burgemeester van Neder-Betuwe beëdigd, de heer A.J. Kottelenberg. De heer N. van Wolfswinkel, waarnemend voorzitter van de raad, verwelkomde hem hartelijk met onderstaande woorden.',
        {('a.j. kottelenberg', 'burgemeester', 'Neder-Betuwe')},
    ),
    (  # a role list after a participle: 'geïnstalleerd, waaronder' (holdout265 h265-024)
        'https://pgpvalkenburg.nl/beediging-nieuwe-raadsleden-2018-2022/',
        'Vanavond, 29 maart 2018, zijn de raadsleden geïnstalleerd, waaronder Remy Meijers, Corry Fulmer en Hilde Baaij namens de PGP.',
        {('corry fulmer', 'raadslid', None), ('hilde baaij', 'raadslid', None), ('remy meijers', 'raadslid', None)},
    ),
    (  # whom a listed person speaks for: 'van GroenLinks' (holdout265 h265-030)
        'https://www.kobr.nl/nieuws/algemeen/29803/nieuwe-wethouders-treden-in-juni-aan',
        'Drie huidige wethouders nemen afscheid: Odd Wagner van GroenLinks, Gerrit van Eijk van de VVD en Kees Oskam van de ChristenUnie.',
        {('gerrit van eijk', 'wethouder', None), ('kees oskam', 'wethouder', None), ('odd wagner', 'wethouder', None)},
    ),
    (  # a place ends at its line: the next list item is no name of the office (holdout265 h265-059)
        'https://rnob.nl/nieuws/mensenwerk-februari-2021',
        '- De gemeentesecretaris van Landerd Coen Boode verlaat de regio en wordt gemeentesecretaris van Oisterwijk.\n- Anita de Smit (gemeente Oss) wordt per 1 mei a.s. de nieuwe Regisseur klimaatadaptatie.',
        {('coen boode', 'gemeentesecretaris', 'Landerd')},
    ),
    (  # an unknown place after the office, then the holder's initials (holdout265 h265-074)
        'https://www.nrc.nl/nieuws/1996/03/12/personalia-7302416-a332871',
        'De commissaris van de koningin van Noord-Brabant, F. Houben heeft besloten de huidige burgemeester van Dinteloord, A. Schout te benoemen als waarnemend burgemeester van Dinteloord.',
        {('a. schout', 'burgemeester', None), ('f. houben', 'commissaris van de koning', None)},
    ),
    (  # a role list after a participle and a comma (holdout266 h266-025)
        'https://www.groenlosegids.nl/nieuws/politiek/423836/nieuwe-wethouders-oost-gelre-geinstalleerd',
        'Zo zijn er 2 nieuwe wethouders beëdigd, Ellen Dusseldorp en Arjan Schutten. De oud-wethouders Marieke Frank en Karel Bonsen keren niet terug.',
        {('arjan schutten', 'wethouder', None), ('ellen dusseldorp', 'wethouder', None)},
    ),
    (  # a closed term: 'burgemeester van 1873-1901' (holdout266 h266-039)
        'https://deoldekaste.nl/1995-01-burgemeesters-en-andere-historische-hengelose-figuren/',
        'Zijn vrouw was een zuster van P. Mossel, burgemeester van 1873-1901.',
        set(),
    ),
    (  # a farewell: 'zwaaide ... uit' (holdout266 h266-053)
        'https://www.volkskrant.nl/nieuws-achtergrond/sharon-dijksma-stap-naar-utrecht-is-geen-keuze-tegen-amsterdam~b805759a/',
        'Utrecht zwaaide woensdagavond waarnemend burgemeester Peter den Oudsten uit die in de zomer was aangetreden om de naar Den Haag vertrokken Jan van Zanen tijdelijk op te volgen.',
        set(),
    ),
    (  # an announced farewell: still in office (holdout266 h266-057)
        'https://www.oogtv.nl/2024/09/waardering-en-respect-voor-koen-schuiling-die-gaat-stoppen-als-burgemeester-men-zit-tussen-shock-en-verslagenheid/?utm_source=rss&utm_medium=rss&utm_campaign=waardering-en-respect-voor-koen-schuiling-die-gaat-stoppen-als-burgemeester-men-zit-tussen-shock-en-verslagenheid',
        'Nieuws dat niemand zag aankomen. Dat is de reactie van diverse politici uit de Groningse gemeenteraad op het aangekondigde afscheid van burgemeester Koen Schuiling (VVD).',
        {('koen schuiling', 'burgemeester', None)},
    ),
    (  # a card's office line: the party, then its place (holdout270 h270-036)
        'https://www.cda.nl/limburg/horst-aan-de-maas/nieuws/nieuws/huisvesting-arbeidsmigranten/',
        'Loes Wijnhoven\n\nRaadslid CDA Horst aan de Maas',
        {('loes wijnhoven', 'raadslid', None)},
    ),
    (  # a sentence word with a capital after a given name is a surname: 'Albert Haar' (holdout267 h267-025)
        'https://www.rtvdrenthe.nl/nieuws/15576796/culturele-jaar-de-wolden-ingeluid-met-plaatsen-van-wensen-kinderen-bij-kunstwerk',
        '"Wat mooi dat kinderen dat zelf aangeven. Dat vind ik een zeer waardevol signaal", reageert cultuurwethouder Albert Haar.',
        {('albert haar', 'wethouder', None)},
    ),
    (  # a letter's address: 'Postbus' is no name (holdout267 h267-035)
        'http://www.groenweert.nl/archief?sub=130804_Protest_tegen_kap_aan_Overmazepad_en_omgeving',
        'Aan: Burgemeester en Wethouders van de Gemeente Weert Postbus 950 6000 AZ Weert\n\nVan: Wijkraad Groenewoud p.a. W. Kuijpers, Baroniestraat 22, 6004 HLWeert.',
        set(),
    ),
    (  # gone: 'is onlangs vertrokken.' (holdout270 h270-057)
        'https://www.binnenlandsbestuur.nl/bestuur-en-organisatie/achtergrond/achtergrond/een-pet-te-veel.9571097.lynkx',
        'Wethouder Ties van Houwelingen (VVD) van de gemeente Giessenlanden is onlangs vertrokken. De reden: ‘Een burger die vindt dat het college onzorgvuldig met zijn belangen omgaat, kan niet ook wethouder zijn.’',
        set(),
    ),
    (  # places listed, then their holders announced: ', te weten' (holdout268 h268-040)
        'https://www.nrc.nl/nieuws/1994/09/05/grote-stedenbeleid-in-noord-brabant-is-ontploft-7237389-a940715',
        'De burgemeesters van Breda, Den Bosch, Eindhoven, Helmond en Tilburg, te weten Nijpels, Burgers, Welschen, Van Elk en Brokx vinden dat vooral het CDA in de Staten niet meer te vertrouwen is.',
        {('brokx', 'burgemeester', 'Tilburg'), ('burgers', 'burgemeester', "'s-Hertogenbosch"), ('nijpels', 'burgemeester', 'Breda'), ('van elk', 'burgemeester', 'Helmond'), ('welschen', 'burgemeester', 'Eindhoven')},
    ),
    (  # not yet in office: 'De aankomend burgemeester' (holdout268 h268-045)
        'https://nos.nl/artikel/2534660-podcast-de-dag-het-rotterdam-van-carola-schouten',
        'De aankomend burgemeester van Rotterdam, Carola Schouten, kan haar borst nat maken, want Rotterdam is geen makkelijke stad om te besturen. Dat zeggen Rotterdammers zelf en zei ook vertrekkend burgemeester Aboutaleb gisteren tijdens zijn afscheid.',
        {('aboutaleb', 'burgemeester', None)},
    ),
    (  # a tie through 'de Brabantse plaats Laarbeek' (holdout268 h268-060)
        'https://www.rd.nl/vandaag/binnenland/burgemeester-laarbeek-bedreigd-en-beveiligd-1.1509089',
        'De burgemeester van de Brabantse plaats Laarbeek, Frank van der Meijden, is bedreigd van meerdere kanten. Zijn huis wordt beveiligd.',
        {('frank van der meijden', 'burgemeester', 'Laarbeek')},
    ),
    (  # former in one office, the one held now in parentheses (holdout273 ua_mailchimp, section 2)
        'https://www.omroepgelderland.nl/nieuws/2438162/Vijftig-Canadese-veteranen-in-mei-naar-Apeldoorns-bevrijdingsfestival',
        'De toenmalig burgemeester John Berends (nu commissaris van de Koning) reikte toen aan twaalf van hen de eremedaille van de gemeente uit.',
        {('john berends', 'commissaris van de koning', None)},
    ),
    (  # 'burgervader', the newspapers' word for the burgemeester (holdout247 h247-007)
        'https://www.dehuizenvanoranjeennassau.nl/32%20Koningsdagen/Koningsdag2016.html',
        'De Koninklijke gasten werden door de burgervader van Zwolle, Henk Jan Meijer en Commissaris van de Koning van de provincie Overijssel, Ank Bijleveld-Schouten welkom geheten.',
        {('ank bijleveld-schouten', 'commissaris van de koning', None), ('henk jan meijer', 'burgemeester', 'Zwolle')},
    ),
    (  # 'burgervader', the newspapers' word for the burgemeester (holdout247 h247-015)
        'https://www.dehuizenvanoranjeennassau.nl/32%20Koningsdagen/Koningsdag2014.html',
        "In de ochtend werd het Koninklijke gezelschap, na het gebruikelijke aanbieden van bloemen door verschillende kinderen uit het dorp, welkom geheten door 'Burgemeester Oosterop-van Leussen' van de gemeente Graft-De Rijp en in de na-middag in Amstelveen door 'Burgervader de Graaf', ook onder de rook van de hoofdstad maar net aan de andere kant van Amsterdam.",
        {('de graaf', 'burgemeester', None), ('oosterop-van leussen', 'burgemeester', None)},
    ),
    (  # 'burgervader van Urk' ties the place (holdout265 h265-063)
        'https://nieuws.nl/zeeland/20231130/goes-wil-cees-van-den-bos-van-urk-als-burgemeester/',
        'De gemeenteraad van Goes wil Cees van den Bos (43) als nieuwe burgemeester. De raad heeft Van den Bos, die nu nog burgervader van Urk is, donderdag voorgedragen.',
        {('cees van den bos', 'burgemeester', 'Urk')},
    ),
    (  # a list line's label names the municipality: 'Gemeente Goes: wethouder M. Dieleman' (holdout281 h281-022)
        'https://www.blikopnieuws.nl/2007/ondertekening-intentie-overeenkomsten',
        'De ondertekenaars zijn:\nProvincie Zeeland: gedeputeerde H. van Waveren\nGemeente Goes: wethouder M. Dieleman\nRWS: directeur-bestuurder M. Sas\nVan Garderen & Dekker: C. Dekker\nProper Stok: R. van Kalmthout',
        {('h. van waveren', 'gedeputeerde', None), ('m. dieleman', 'wethouder', 'Goes')},
    ),
    (  # a list line's label names the municipality, not the next line's (holdout281 h281-023)
        'https://www.blikopnieuws.nl/2007/ondertekening-intentie-overeenkomsten',
        'De ondertekenaars zijn:\nGemeente Goes: wethouder M. Dieleman\nGemeente Middelburg: wethouder A. de Vries',
        {('a. de vries', 'wethouder', 'Middelburg'), ('m. dieleman', 'wethouder', 'Goes')},
    ),
    (  # a list line's label names the municipality, not the next line's (holdout281 h281-024)
        'https://www.blikopnieuws.nl/2007/ondertekening-intentie-overeenkomsten',
        'Gemeente Terneuzen: wethouder C. Liefting\nGemeente Vlissingen: wethouder T. Verhagen',
        {('c. liefting', 'wethouder', 'Terneuzen'), ('t. verhagen', 'wethouder', 'Vlissingen')},
    ),
    (  # a list line's label set off by spaces: 'Gemeente Beverwijk  burgemeester M. Smit' (holdout281 h281-061)
        'https://www.alkmaarder-enuitgeestermeer.nl/beleid-en-bestuur/bestuur',
        'Provincie Noord-Holland   gedeputeerde mevrouw dr. I. Zaal (voorzitter)\nGemeente Alkmaar  wethouder drs. P. F. Dijkman\nGemeente Beverwijk  burgemeester M. Smit',
        {('i. zaal', 'gedeputeerde', None), ('m. smit', 'burgemeester', 'Beverwijk'), ('p. f. dijkman', 'wethouder', 'Alkmaar')},
    ),
    (  # a list line's label set off by spaces (holdout281 h281-062)
        'https://www.alkmaarder-enuitgeestermeer.nl/beleid-en-bestuur/bestuur',
        'Gemeente Castricum  wethouder R. de Haan\nGemeente Heemskerk  wethouder A.W.M. Schoorl\nGemeente Heiloo  wethouder R.Opdam',
        {('a.w.m. schoorl', 'wethouder', 'Heemskerk'), ('r. de haan', 'wethouder', 'Castricum'), ('r.opdam', 'wethouder', 'Heiloo')},
    ),
    (  # a list line's label set off by spaces (holdout281 h281-063)
        'https://www.alkmaarder-enuitgeestermeer.nl/beleid-en-bestuur/bestuur',
        'Gemeente Uitgeest  burgemeester S.Nieuwland (vice-voorzitter)\nGemeente Zaanstad  wethouder W. Breunesse',
        {('s.nieuwland', 'burgemeester', 'Uitgeest'), ('w. breunesse', 'wethouder', 'Zaanstad')},
    ),
    (  # a speaker's label: the office, its municipality, the name (holdout281 h281-064)
        'https://www.streekgids.nl/achterhoek-regionaal-nieuws/gemeente-montferland-als-achtste-gemeente-nu-ook-bij-8rhk-ambassadeurs/',
        'Burgemeester Montferland Harry de Vries: “Qua DNA lijkt onze gemeente op de Achterhoek, er is goede gelijkwaardigheid tussen de gemeenten.',
        {('harry de vries', 'burgemeester', 'Montferland')},
    ),
    (  # initials and the two names a person is called by: 'J.P.J. (Jan Pieter) Lokker' (holdout141 h141-066)
        'https://rtvbodegraven.nl/node/5666',
        '01-12-10 Bodegraven - De commissaris van de Koningin in Zuid-Holland, de heer J. Franssen, benoemt met ingang van 1 januari 2011 de heer J.P.J. (Jan Pieter) Lokker tot waarnemend burgemeester van de nieuwe gemeente Bodegraven-Reeuwijk.',
        {('j. franssen', 'commissaris van de koning', None), ('j.p.j. (jan pieter) lokker', 'burgemeester', 'Bodegraven-Reeuwijk')},
    ),
    (  # initials and the two names a person is called by, then the party, then the office (holdout141 h141-089)
        'https://www.rijksoverheid.nl/actueel/nieuws/2019/11/08/benoeming-burgemeester-vijfheerenlanden',
        'Op dit moment is de heer drs. J.P.J. (Jan Pieter) Lokker (CDA) waarnemend burgemeester van Vijfheerenlanden.',
        {('j.p.j. (jan pieter) lokker', 'burgemeester', 'Vijfheerenlanden')},
    ),
    (  # a list after the office, set off by dashes, its holders in turn (holdout276 wc_vng_drupal8, section 2)
        'http://www.leidschdagblad.nl/regionaal/duinenbollen/article28914850.ece/Hillegom-Lisse-en-Teylingen-met-ingang-van-2017-ambtelijk-gefuseerd',
        'De drie HLT-burgemeesters - respectievelijk Arie van Erk, Lies Spruit en Carla Breuer - vormen de komende jaren samen met drie HLT-wethouders - respectievelijk Anne de Jong, Evert Jan Nieuwenhuis en Bas Brekelmans - zowel het dagelijks als het algemeen bestuur van de gemeenschappelijke regeling.',
        {('anne de jong', 'wethouder', None), ('arie van erk', 'burgemeester', None), ('bas brekelmans', 'wethouder', None), ('carla breuer', 'burgemeester', None), ('evert jan nieuwenhuis', 'wethouder', None), ('lies spruit', 'burgemeester', None)},
    ),
    (  # the verb first, the subject and its party, then the office (holdout280 vf_mwdeflist, section 3)
        'https://www.oogtv.nl/2021/12/provinciale-staten-willen-graag-door-met-rene-paas-als-cvdk/',
        'Als het aan Provinciale Staten ligt blijft René Paas (CDA) ook de komende zes jaar Commissaris van de Koning in de provincie Groningen.',
        {('rené paas', 'commissaris van de koning', None)},
    ),
    (  # the place in parentheses after the office: 'raadslid (in Den Haag)' (holdout150 h150-075)
        'https://www.denederlandsegrondwet.nl/id/vlzzj6oeh9q2/nieuws/achtergrond_combinatie_kamerlid_en_raads?ctx=vkz59w2nu8jo',
        'In de Tweede Kamer is Gideon van Meijeren i (FVD) de enige die naast Tweede Kamerlid ook raadslid (in Den Haag) en Statenlid (van Zuid-Holland) is.',
        {('gideon van meijeren', 'raadslid', "'s-Gravenhage")},
    ),
    (  # the college's secretaris where the college is listed without its burgemeester (holdout285 h285-061)
        'https://www.borsele.nl/besluitenlijst-bw-16-april-2024',
        'Aanwezig: Wethouder Weststrate, wethouder Van de Plasse en (vanaf 11:15) wethouder Witkam\nSecretaris: Jansen\nAdviseur: Grim',
        {('jansen', 'gemeentesecretaris', None), ('van de plasse', 'wethouder', None), ('weststrate', 'wethouder', None), ('witkam', 'wethouder', None)},
    ),
    (  # a local party named for its place: 'Hart voor Veere' (holdout285 h285-034)
        'https://www.omroepzeeland.nl/nieuws/131076/Veerse-wethouder-blijft-makkelijk-overeind-na-motie-van-wantrouwen',
        "De VVD en Hart voor Veere vinden dat wethouder Chris Maas zich niet als wethouder heeft gedragen als het gaat om het verstrekken van informatie over het dossier 'Kaasboerterrein'.",
        {('chris maas', 'wethouder', None)},
    ),
    (  # the municipality's genitive before the office: "Hengelo's pas onlangs aangetreden burgemeester" (holdout266 h266-069)
        'https://www.nrc.nl/nieuws/1993/03/26/twentse-steden-kiezen-voor-samenwerking-7177573-a1062586',
        "Algemeen wordt verwacht dat Hengelo's pas onlangs aangetreden burgemeester Lemstra (CDA) de eerste burgemeester van de dubbelstad wordt.",
        {('lemstra', 'burgemeester', 'Hengelo')},
    ),
    (  # the one the speakers appoint: 'we besloten om X aan te wijzen als de nieuwe gemeentesecretaris' (holdout266 h266-020)
        'https://www.grootsneek.nl/grootsneek/column-burgemeester-jannewietske-de-vries-de-tiid-haldt-gjin-skoft',
        'Dinsdag 10 mei besloten we in de collegevergadering om Kristiaan Strijker aan te wijzen als de nieuwe gemeentesecretaris van Sudwest-Fryslân. Hij begint op 1 augustus.',
        {('kristiaan strijker', 'gemeentesecretaris', 'Súdwest-Fryslân')},
    ),
    (  # a former one before two offices: 'Voormalig loco-burgemeester en wethouder van Emmen X' (holdout268 h268-002)
        'https://www.rtvdrenthe.nl/nieuws/144989/Minister-wil-hogere-straf-voor-bedreigers-burgemeesters',
        'Voormalig loco-burgemeester en wethouder van Emmen Bouke Arends moest in 2017 drie weken onderduiken in het buitenland vanwege doodsbedreigingen . Een jaar eerder is ook burgemeester Karel Loohuis van Hoogeveen met de dood bedreigd naar aanleiding van uitspraken over asielzoekers en vluchtelingen.',
        {('karel loohuis', 'burgemeester', 'Hoogeveen')},
    ),
    (  # the college's secretaris after a plural office: 'Wethouders A, B en secretaris C' (holdout285 h285-014)
        'https://www.borsele.nl/besluitenlijst-bw-26-september-2023',
        'Najaarsconcerten Zeeuws Orkest. Wethouders Van de Plasse, Witkam en secretaris Jansen',
        {('jansen', 'gemeentesecretaris', None), ('van de plasse', 'wethouder', None), ('witkam', 'wethouder', None)},
    ),
    (  # holdout141 (holdout141 h141-074)
        'https://www.rijnmond.nl/nieuws/189573/Jan-Pieter-Lokker-70-nieuwe-burgemeester-van-de-Hoeksche-Waard',
        'De huidige waarnemend burgemeester, Govert Veldhuijzen, neemt per 18 december eervol ontslag. Hij volgde burgemeester Peter van der Velden op, die in april vanwege zijn gezondheid moest stoppen.',
        {('govert veldhuijzen', 'burgemeester', None)},
    ),
    (  # zoals (holdout290 h290-073)
        'https://nieuws.nl/algemeen/20210225/burgemeesters-willen-meedenken-over-wat-buiten-wel-kan/',
        'Andere burgemeesters, zoals Pieter Broertjes van Hilversum, onderschrijven de mening van Depla.',
        {('pieter broertjes', 'burgemeester', 'Hilversum')},
    ),
    (  # zoals (holdout265 h265-036)
        'https://www.nhnieuws.nl/nieuws/306614/den-helder-als-laatste-klaar-met-formatie-werken-aan-vertrouwen-met-acht-partijen',
        'Verder zijn er parttime-wethouders, zoals Michiel Wouters. Hij keert terug in het college namens de combinatie Beter voor Den Helder/Seniorenpartij.',
        {('michiel wouters', 'wethouder', None)},
    ),
    (  # afscheid (holdout288 h288-012)
        'http://www.rtvdrenthe.nl/nieuws/120146/Wethouder-Hiemstra-krijgt-erepenning-van-gemeente-Hoogeveen',
        'HOOGEVEEN - Anno Wietze Hiemstra heeft de erepenning van de gemeente Hoogeveen gekregen. Hiemstra kreeg de penning uitgereikt tijdens zijn afscheid als CDA-wethouder.',
        set(),
    ),
    (  # afscheid (holdout3 q092)
        'https://www.ad.nl/oss/maashorst-zet-willy-doorn-op-lijst-ereburgers~ad08d521/',
        'Willy Doorn (72, wonend in Hoek van Holland) werd tot ereburger van Landerd benoemd bij haar afscheid als burgemeester, in 2013.',
        set(),
    ),
    (  # aanbevolen (holdout288 h288-043)
        'https://www.gemeentemaastricht.nl/over-maastricht/publicaties/nieuws/nieuws/artikel/annemarie-penn-te-strake-beoogd-burgemeester-van-maastricht/',
        'De gemeenteraad van Maastricht heeft tijdens een bijzondere raadsvergadering Annemarie Penn–te Strake aanbevolen als nieuwe burgemeester van Maastricht.',
        set(),
    ),
    (  # aanbevolen (holdout288 h288-058)
        'https://www.zeelandnet.nl/nieuws/emile-roemer-voorgedragen-als-nieuwe-gouverneur-van-limburg',
        'De Staten hebben Roemer (1962) bij de minister aanbevolen voor benoeming tot nieuwe commissaris van de Koning. Roemer was eerder waarnemend burgemeester in Alkmaar en Heerlen en van 2010 tot 2018 fractievoorzitter voor de SP in de Tweede Kamer.',
        set(),
    ),
    (  # aanbevolen (holdout24 hi039)
        'https://leidennieuwsbord.nl/wouter-kolff-nieuwe-commissaris-van-de-koning-in-zuid-holland/',
        'Leiden - Provinciale Staten hebben op 15 mei op voorstel van de vertrouwenscommissie besloten om de heer Wouter Kolff aan te bevelen als commissaris van de Koning in Zuid-Holland. De 48-jarige Kolff is op dit moment burgemeester van Dordrecht.',
        {('wouter kolff', 'burgemeester', 'Dordrecht')},
    ),
    (  # list (holdout180 h180-103)
        'https://www.mobilis.nl/nl/actueel/faunapassage-kootwijkerzand-geopend',
        'Aart de Kruijf en Hans van Daalen - wethouders gemeente Barneveld',
        {('aart de kruijf', 'wethouder', 'Barneveld'), ('hans van daalen', 'wethouder', 'Barneveld')},
    ),
    (  # list (holdout237 h237-085)
        'http://docplayer.nl/1613455-2006-n-487-mevrouw-m-horselenberg-burgemeester-voorzitter.html',
        'Aanwezig zijn: mevrouw M. Horselenberg, burgemeester/voorzitter; mevrouw J. d Arnaud-Appelo (PvdA), de heren P.L.W.J. Baaten (InwonersPartij), J. van de Beek (PvdA), B. Belhaj (PvdA), H. Doornbos (PvdA), M. El Mhassani (PvdA), WJ. Erica (Leefbaar Lelystad), H.W. Gerritzen (VVD), E. van der Herberg (PvdA), J.M. van den Heuvel (SP), C.J.J. Homan (Stads-Partij), Z.J. van der Houwen (PvdA), mevrouw M. Jacobs-Haagen (VVD), de heren W. Jansen (InwonersPartij), S.J. Kok (GroenLinks), mevrouw L.A. Kreuger-Sietses (GroenLinks), mevrouw F. Linde (SP), de heren E.H.G. Marseille (VVD), F.M. van der Meij (CDA), A.M. Meijering (PvdA), mevrouw E.W. Middelkoop-Ferron (PvdA), mevrouw J. Nuijt-Verschoor (CDA), mevrouw J. Rommy-Agata (PvdA), mevrouw A.F.M. van Rijnsoever (InwonersPartij), de heren B. Siepel (ChristenUnie), H.P. Soomers (PvdA) P.W. Tetteroo (CDA), C. van Veluwen (ChristenUnie), mevrouw E. van Wageningen (ChristenUnie), de heren P.H. Walraven (SP) en W.B. Zweers (Leefbaar Lelystad), leden van de raad; alsmede de heren W. de Jager, A. Kok, J. Lodders, J.P. de Vries en T.J. van der Zwan, wethouders; en de heer D.J. Willems, gemeentesecretaris, en mevrouw D. Essing, griffier.',
        {('a. kok', 'wethouder', None), ('d. essing', 'griffier', None), ('d.j. willems', 'gemeentesecretaris', None), ('j. lodders', 'wethouder', None), ('j.p. de vries', 'wethouder', None), ('m. horselenberg', 'burgemeester', None), ('t.j. van der zwan', 'wethouder', None), ('w. de jager', 'wethouder', None)},
    ),
    (  # list (holdout248 h248-056)
        'http://middengroninger.nl/node/3131',
        '- de wethouders: de heren M. Ploeger;\n- de plv. griffier, mevrouw J.R. Boltendal;\n- de gemeentesecretaris, de heer K. Nieland.\nMet kennisgeving afwezig: de heren en M.H. Post en J. Velthuis, wethouders en de heer S. van Bruggen.',
        {('j. velthuis', 'wethouder', None), ('k. nieland', 'gemeentesecretaris', None), ('m. ploeger', 'wethouder', None), ('m.h. post', 'wethouder', None)},
    ),
    (  # list (holdout125 h125-029)
        'https://regioonline.nl/regio-den-bosch/jeugdburgemeesters-heusden/',
        'In de vergadering van 19 december 2024 worden de nieuwe jeugdburgemeesters aan de gemeenteraad van Heusden voorgesteld, waarna zij officieel de ambtsketen overhandigd krijgen van Dounia en Kick, de burgemeesters van 2023.',
        set(),
    ),
    (  # card (holdout287 h287-001)
        'https://vngjaarverslag2021.nl/de-gemeente-is-het-oliemannetje/',
        'Paul Depla\n\nBurgemeester van Breda en voorzitter van de VNG-commissie Sociale Impact COVID-19\n\nBoaz Adank\n\nWethouder Economie in Breda en voorzitter van de VNG-taskforce Economisch Herstel en Transitie',
        {('boaz adank', 'wethouder', 'Breda'), ('paul depla', 'burgemeester', 'Breda')},
    ),
    (  # misc (holdout299 h299-048)
        'https://dronten.christenunie.nl/k/n6040/news/view/1214685/380422/nieuw-college-beedigd.html',
        '"Zo waarlijk helpe mij God almachtig", zijn de eerste woorden die onze wethouder in zijn nieuwe rol uitspreekt.',
        set(),
    ),
    (  # misc (holdout299 h299-051)
        'https://www.cda.nl/gelderland/aalten/actueel/nieuws/bespreking-coalitieakkoord-in-de-raad-van-21-oktober-2014/',
        'Je kunt dit natuurlijk ook als een compliment opvatten: het tekent de uitstekende werksfeer tussen de drie partijen. Dit ondanks het aftreden van CU wethouder Arnold Rots vanwege persoonlijke omstandigheden',
        set(),
    ),
    (  # misc (holdout299 h299-052)
        'http://denhelder.groenlinks.nl/nieuws/leuk',
        'Want raadslid is inderdaad een stevige job, hoewel Marije (zie foto) nog erg vaak lacht!',
        set(),
    ),
    (  # misc (holdout299 h299-020)
        'https://www.kobr.nl/nieuws/algemeen/29772/voortkabbelen',
        'Hennie Castelein/Raadslid Burgerbelangen BR',
        {('hennie castelein', 'raadslid', None)},
    ),
    (  # misc (holdout300 h300-005)
        'https://www.rtvdrenthe.nl/nieuws/169362/Asser-raadslid-GroenLinks-na-drie-maanden-alweer-weg',
        'Tony Nijenhuis is vanavond geïnstalleerd als raadslid voor GroenLinks in Assen (Rechten: GroenLinks Assen)',
        {('tony nijenhuis', 'raadslid', 'Assen')},
    ),
    (  # misc (holdout300 h300-006)
        'https://www.rtvdrenthe.nl/nieuws/169362/Asser-raadslid-GroenLinks-na-drie-maanden-alweer-weg',
        'Zijn opvolger Tony Nijenhuis draait al langer mee in de GroenLinks-fractie als plaatsvervangend raadslid. Zijn plek wordt weer ingevuld door Willem Kuiper.',
        set(),
    ),
    (  # misc (holdout300 h300-012)
        'https://d66.nl/delft/nieuws/fractie-2018-2022-zwaait-af/',
        'Voor de D66 fractieleden Christine Bel, Boris van Overbeeke en Vincent van Roon betekent dit dat hun periode als raadslid er op zit.',
        set(),
    ),
    (  # subj (holdout118 h118-009)
        'https://www.omroepwest.nl/nieuws/3872877/Hoe-ziet-het-nieuwe-provinciebestuur-eruit',
        'In 2017 werd ze gedeputeerde in Zuid-Holland, als opvolger van Rogier van der Sande. Baljeu beheert als gedeputeerde de financiën van de provincie.',
        {('baljeu', 'gedeputeerde', None)},
    ),
    (  # subj (holdout133 h133-055)
        'https://www.brekt.nl/ambtenarenbaas-strijker-pakt-door-in-sudwest/',
        'Strijker begint in augustus 2022 als gemeentesecretaris; een weinig benijdenswaardige startpositie, want zijn voorganger Pieter Zondervan maakt er een potje van.',
        {('strijker', 'gemeentesecretaris', None)},
    ),
    (  # subj (holdout217 h217-076)
        'https://www.gelderlander.nl/nijmegen/amsterdam-trekt-nationale-politie-leeg-oost-nederland-is-dat-spuugzat~af2b5fa1/',
        'Bruls fungeert als burgemeester van de grootste stad in Oost-Nederland als regioburgemeester namens de 78 burgemeesters binnen de politie eenheid Oost.',
        {('bruls', 'burgemeester', None)},
    ),
    (  # subj (holdout288 h288-013)
        'http://www.rtvdrenthe.nl/nieuws/120146/Wethouder-Hiemstra-krijgt-erepenning-van-gemeente-Hoogeveen',
        'Hiemstra begint komende maandag als burgemeester in Appingedam. Hij wenste zijn opvolger Bert Otten, CDA-fractievoorzitter, veel succes toe.',
        {('hiemstra', 'burgemeester', 'Appingedam')},
    ),
    (  # subj (holdout75 h75-042)
        'https://d66.nl/tilburg/nieuws/869-2/',
        'Bas begint aan zijn tweede periode als wethouder, nadat hij in 2021 tot het college is toegetreden als vervanger van Berend de Vries.',
        {('bas', 'wethouder', None)},
    ),
    (  # subj (holdout290 h290-048)
        'https://www.altenatv.nl/2016/05/26/portefeuilleverdeling-college-bw/',
        'Wethouder Klink besloot zijn functie als wethouder namens het CDA neer te leggen wegens privé-omstandigheden.',
        set(),
    ),
    (  # as (holdout299 h299-032)
        'https://www.sliedrecht.net/nieuws/2014-05-15-2683-we-willen-bekend-worden-als-een-college-van-bruggenbouwers.html',
        'Hans Tanis begint aan zijn derde termijn als wethouder, Hanny Visser-Schlieker was de nestor van de gemeenteraad en zit nu, na twintig jaar raadswerk, aan de andere kant van de tafel en Len van Rekom stapte weliswaar pas in 2010 in de politiek, maar hij kon zich de afgelopen vier jaar nadrukkelijk laten gelden als fractievoorzitter van een partij die in de raad ‘slechts’ door twee personen werd vertegenwoordigd.',
        {('hans tanis', 'wethouder', None)},
    ),
    (  # as (holdout74 h74-042)
        'https://zeist.christenunie.nl/k/n28241/news/view/1214731/1321339/wethouder-en-fractie-weer-aan-de-slag.html',
        'Op 22 mei is Wouter Catsburg geïnstalleerd als wethouder, Pieter Verolme en Julian Wassink-de Stigter als raadsleden en Machiel Blok als buitengewoon raadslid.',
        {('julian wassink-de stigter', 'raadslid', None), ('pieter verolme', 'raadslid', None), ('wouter catsburg', 'wethouder', None)},
    ),
    (  # org (holdout290 h290-069)
        'https://www.bndestem.nl/roosendaal/stationsgebouw-oudenbosch-wordt-toerismebureau~a8ee250b/',
        ",,Eindelijk'', roepen Hans Douma en Thomas Melisse in koor. Douma spreekt namens de Toeristische Initiatief Groep (TIG), Melisse is sinds een half jaar wethouder met toerisme in de portefeuille.",
        {('thomas melisse', 'wethouder', None)},
    ),
    (  # poss (holdout302 h302-009)
        'https://nieuwkoop.rtvlokaal.nl/nieuws/wel-geld-ontvangen-niet-uitgeven/',
        'Olga Jacobs (D66) vroeg donderdag hoe e.e.a. in de praktijk toegepast kan worden. Tom de Kleer (VVD) gaf een voorzet aan zijn wethouder, door te wijzen op een bijeenkomst.',
        set(),
    ),
    (  # other (holdout301 h301-040)
        'http://www.radiostadmontfoort.nl/cms/00000594.html',
        '"Samen met hen vertegenwoordig ik het gebied als dat nuttig of nodig is" aldus Bert Jansen, voorzitter van het bestuur van SUW, tevens burgemeester van Montfoort.',
        {('bert jansen', 'burgemeester', 'Montfoort')},
    ),
    (  # past (holdout301 h301-013)
        'https://www.omroepwest.nl/nieuws/3640399/Bemoei-je-met-de-nieuwe-plannen-voor-Den-Haag-Vertel-op-de-radio-wat-jij-vindt',
        'Richard de Mos, kersverse wethouder namens Hart voor Den Haag/Groep De Mos. Joris Wijsmuller, de afgelopen vier jaar wethouder namens de Haagse Stadspartij, VVD-fractievoorzitter Frans de Graaf en Martijn Balster, fractievoorzitter van de PvdA.',
        {('richard de mos', 'wethouder', None)},
    ),
    (  # hyph (holdout301 h301-062)
        'https://www.nieuwkoops.nl/nieuws/aan-de-slag-met-nieuwkoop.html',
        'Op diezelfde dag dragen zij Ines de Ridder van Samen Beter Nieuwkoop, Tom de Kleer van VVD Nieuwkoop en Antoinette Ingwersen van CDA Nieuwkoop voor als wethouders. Samen met burgemeester Robbert‑Jan van Duijn vormen zij het college van B&W.',
        {('robbert‑jan van duijn', 'burgemeester', None)},
    ),
    (  # aff (holdout301 h301-052)
        'https://www.hetkontakt.nl/regio/alblasserwaard/312397/partijen-in-vijfheerenlanden-zijn-eruit-nieuw-college-gevormd',
        'Bovendien werden de vijf wethouders geïnstalleerd:? Teus Meijdam en John van der Velden van VHL Lokaal, Cees Bel van het CDA, Ton van Maanen van de SGP en Joop van Montfoort van de PvdA.',
        {('cees bel', 'wethouder', None), ('john van der velden', 'wethouder', None), ('joop van montfoort', 'wethouder', None), ('teus meijdam', 'wethouder', None), ('ton van maanen', 'wethouder', None)},
    ),
    (  # prov (holdout303 h303-045)
        'https://www.volkskrant.nl/nieuws-achtergrond/winterswijk-den-bosch-leeuwarden-de-boerenprotesten-zijn-nog-lang-niet-voorbij~b4d810fa/',
        'Daar had gedeputeerde Johannes Kramer van de Fryske Nasjonale Partij eerder zijn handtekening gezet onder een provinciaal akkoord, waardoor de nog niet benutte productieruimte in de vergunningen van boeren zou verdwijnen.',
        {('johannes kramer', 'gedeputeerde', None)},
    ),
    (  # prov (holdout304 h304-001)
        'https://windenergie-nieuws.nl/10/stuurgroep-zuidoost-drenthe-ingesteld/',
        'In het gemeentehuis van Exloo is op 8 december een stuurgroep windenergie ingesteld. Wethouders van de gemeenten Aa en Hunze, Borger-Odoorn, Emmen, Coevorden, Stadskanaal en Vlagtwedde en de gedeputeerden Haarsma en Klip van Drenthe en Moorlag van Groningen vormen de kern van de stuurgroep.',
        {('haarsma', 'gedeputeerde', None), ('klip', 'gedeputeerde', None), ('moorlag', 'gedeputeerde', None)},
    ),
    (  # misc2 (holdout312 h312-046)
        'https://www.nrc.nl/nieuws/2021/06/29/madeleine-van-toorenburg-kandidaat-gedeputeerde-voor-cda-in-limburg-a4049140',
        'Van hen hebben vier een achtergrond als wethouder: Stephan Satijn (VVD, Venlo), Geert Gabriëls (GroenLinks, Weert), Ad Roest (Lokaal Limburg) en Lia Roefs (PvdA, Bergen).',
        set(),
    ),
    (  # misc2 (holdout312 h312-058)
        'https://cda.nl/noord-brabant/oirschot-de-beerzen/kandidaten2022-news',
        '- #4 Lily Maaref uit Middelbeers, huidig raadslid met veel kennis en ervaring in het sociale domein.\n- #5 Alexander van Holstein uit Middelbeers, nieuwkomer in de Oirschotse politiek en voormalig wethouder in de gemeente Waalre.',
        {('lily maaref', 'raadslid', None)},
    ),
    (  # misc2 (holdout110 h110-023)
        'https://www.omroepbrabant.nl/nieuws/3392729/verkenners-mogen-aan-de-slag-voor-nieuw-provinciebestuur',
        'De twee partijen hebben Marja van Bijsterveldt, burgemeester van de gemeente Delft, en Emile Roemer uit Boxmeer, waarnemend burgemeester in Alkmaar, op het oog.',
        {('emile roemer', 'burgemeester', 'Alkmaar'), ('marja van bijsterveldt', 'burgemeester', 'Delft')},
    ),
    (  # misc3 (holdout308 h308-042)
        'https://www.omroepbrabant.nl/nieuws/3263390/jac-klijs-66-stopt-vroegtijdig-als-burgemeester-van-moerdijk',
        'Jac Klijs trad in september 2011 aan als burgemeester van Moerdijk. Daarvoor was Klijs onder meer vijf jaar burgemeester van de voormalige gemeente Strijen, negen jaar wethouder in de gemeente Heusden en vier jaar raadslid in de voormalige gemeente Drunen.',
        {('jac klijs', 'burgemeester', 'Moerdijk')},
    ),
    (  # misc3 (holdout310 h310-020)
        'https://onafhankelijkepolitiek-nh.nl/actueel/eemnes-wil-geen-fusie-met-huizen/',
        'Dat heeft de Eemnesser burgemeester Roland van Benthem begin december duidelijk gemaakt tijdens het bestuurlijk overleg met burgemeesters Fons Hertog (Huizen), Elbert Roest (Laren) en Joan de Zwart (Blaricum), en Commissaris van de Koning Johan Remkes (provincie Noord-Holland).',
        {('elbert roest', 'burgemeester', 'Laren'), ('fons hertog', 'burgemeester', 'Huizen'), ('joan de zwart', 'burgemeester', 'Blaricum'), ('johan remkes', 'commissaris van de koning', None), ('roland van benthem', 'burgemeester', 'Eemnes')},
    ),
    (  # misc3 (holdout310 h310-044)
        'https://noordkopcentraal.nl/category/politiek/?tag=schagen',
        'SCHAGEN - PvdA-raadslid Samuel Muntjewerf heeft dinsdagavond afscheid genomen van de gemeenteraad van Schagen.',
        set(),
    ),
    (  # full (holdout h050)
        'http://www.deterschellinger.nl/een-kijkje-in-het-werk-van-de-griffier/',
        'Eilanders Janny Hofman en Nienke de Jong – de Vries vervullen samen deze functie. Janny als griffier sinds eind 2013 (32 uur) en Nienke sinds 2016 (16 uur) als loco-griffier.',
        {('janny hofman', 'griffier', None)},
    ),
    (  # full (holdout138 h138-079)
        'https://de-wolden.nieuws.nl/nieuws/17350/jan-kate-nieuwe-voorzitter-recreatieschap-drenthe/',
        'Tijdens de vergadering werd Eric van Oosterhout bedankt en droeg hij de voorzittershamer over aan Jan ten Kate.\n\nJan is wethouder bij de gemeente De Wolden en heeft onder andere Recreatie en Toerisme in zijn portefeuille.',
        {('jan ten kate', 'wethouder', 'De Wolden')},
    ),
    (  # full (holdout198 h198-013)
        'https://www.cda.nl/noord-brabant/land-van-cuijk/blog/joep-baltussen-december-in-de-gemeenteraad',
        'Interessant was het proces rondom de aanbeveling van de burgemeester, wat ertoe heeft geleid dat we Marieke Moorman verwelkomen en van Wim Hillenaar afscheid gaan nemen. De raadsleden mogen niets zeggen over het hele proces, dus ik wil vanaf deze plek enkel een diepe buiging maken voor onze waarnemend burgemeester Wim.',
        {('wim hillenaar', 'burgemeester', None)},
    ),
    (  # full (holdout95 h95-040)
        'https://www.papendrecht.net/nieuws/119480/gemeenteraad-neemt-afscheid-van-twee-raadsleden-en-interim-griffier',
        'Na een anderhalf jaar actief te zijn geweest als interim-griffier, neemt Marcel Hermans afscheid van de gemeenteraad van Papendrecht. Formeel is Marcel tot en met 30 september nog interim-griffier.',
        {('marcel hermans', 'griffier', None)},
    ),
    (  # full (holdout315 h315-022)
        'https://www.gelderlander.nl/rivierenland/buren-gaat-op-zoek-naar-nieuwe-burgemeester~aae05ea4/',
        'Sinds de vorming van de gemeente Buren in 1999 zijn Klaas Tammes en Jan de Boer er burgemeester geweest. Sinds maart 2021 is de Tielse Josan Meijers (66) er waarnemend burgemeester.',
        {('josan meijers', 'burgemeester', None)},
    ),
    (  # full (holdout315 h315-033)
        'https://nijkerk.eu/samenstelling-college-van-bw',
        'Op 15 november 2024 nam de heer G.D. Renkema afscheid als burgemeester van de gemeente Nijkerk. De gemeenteraad heeft Tinet de Jonge-Ruitenbeek (42) aanbevolen als burgemeester.',
        set(),
    ),
    (  # full (holdout315 h315-053)
        'http://culemborgvannu.nl/category/nieuws/',
        'Hij zal worden bijgestaan door zijn fantastische fractieleden Noël Bos en Ahmed Salama. Op donderdag 12 juli zal Ahmed ook worden geïnstalleerd als nieuw raadslid in de gemeenteraad.',
        {('ahmed salama', 'raadslid', None)},
    ),
    (  # misc4 (holdout137 h137-064)
        'https://www.aardgasvrijewijken.nl/themas/participatie+en+communicatie2/praktijk+participatie+en+communicatie/1402706.aspx?t=in-gesprek-met-gemeentesecretarissen-peter-derk-wekx-en-arne-van-hout',
        'De gemeentesecretaris heeft daarin een sleutelrol. ‘Geen tijd meer te verliezen,’ zegt secretaris Peter Derk Wekx van Alphen aan den Rijn.',
        {('peter derk wekx', 'gemeentesecretaris', 'Alphen aan den Rijn')},
    ),
    (  # misc4 (holdout181 h181-053)
        'https://www.hln.be/regio/putte/gemeente-wil-volgende-maand-nieuwe-secretaris-aanstellen~a00e1ae3',
        'Het gemeentebestuur wil tijdens de gemeenteraad van februari een nieuwe gemeentesecretaris aanstellen. In november 2017 ging secretaris Louis Verbist op pensioen, maar omdat er geen geschikte opvolger werd gevonden, besloot Verbist door te gaan als waarnemend secretaris.',
        {('louis verbist', 'gemeentesecretaris', None)},
    ),
    (  # misc4 (holdout39 h39-045)
        'https://www.bd.nl/uden-veghel-e-o/jose-van-aaken-nieuwe-gemeentesecretaris-maashorst~a30766d1/',
        'Met de komst van de nieuwe gemeentesecretaris vertrekt de huidige secretaris Dagmar van Deurzen die eerder al haar afscheid aankondigde maar nog even aanbleef toen bleek dat burgemeester Paul Rüpp ziek was.',
        {('dagmar van deurzen', 'gemeentesecretaris', None), ('paul rüpp', 'burgemeester', None)},
    ),
    (  # misc4 (holdout314 h314-035)
        'http://www.actiefonline.nl/nieuws/tytsjerksteradiel/jeroen-gebben-burgemeester',
        'BURGUM – Drs. Jeroen Gebben (VVD, Barendrecht, Z.-H.) wordt zeer waarschijnlijk de nieuwe burgemeester van Tytsjerksteradiel.',
        set(),
    ),
    (  # misc4 (holdout317 h317-084)
        'http://www.opennieuwsbank.nl/bericht/2005/11/16/E188-gemeente-nijmegen.html',
        'Nijmegen krijgt volgend jaar een nieuwe gemeentesecretaris. De huidige secretaris, Han Bekkers, vertrekt vóór de zomervakantie.',
        {('han bekkers', 'gemeentesecretaris', None)},
    ),
    (  # misc4 (holdout318 h318-009)
        'https://www.rtvdrenthe.nl/nieuws/91051/bert-wassink-heeft-zin-in-terschelling',
        'Wassink (57), die gisteren afscheid nam als wethouder van de gemeente Aa en Hunze, biechtte dat vanmiddag op in het Radio Drenthe-programma Cassata.',
        set(),
    ),
    (  # misc4 (holdout312 h312-081)
        'http://hallo-venray.nl/Article/Details/7659',
        'Mocht Jenneskens in de toekomst als eerste locoburgemeester niet in staat zijn om Kompier te vervangen, dan vervult Erik van Daal (Venray Lokaal) als tweede locoburgemeester dat ambt.',
        {('erik van daal', 'loco-burgemeester', None), ('jenneskens', 'loco-burgemeester', None)},
    ),
    (  # card2 (holdout317 h317-005)
        'https://regiozwolle.info/regio-zwolle-stapt-over-eigen-grenzen/',
        'Doret Tichelaar (Hattem)\nRob Bats (Steenwijkerland)\nWeth. Prinsse (Hardenberg)\nAdriaan Hogendoorn (Oldebroek)',
        {('prinsse', 'wethouder', 'Hardenberg')},
    ),
    (  # fronted (holdout215 h215-066)
        'https://www.binnenlandsbestuur.nl/bestebestuurder2017',
        'In zijn eerste jaar als burgemeester van Almelo heeft Gerritsen zowel binnen als buiten het gemeentehuis al een hoop bewerkstelligd.',
        {('gerritsen', 'burgemeester', 'Almelo')},
    ),
    (  # fronted (holdout317 h317-002)
        'https://www.rtvoost.nl/nieuws/335425/Openhartige-burgemeester-Snijders-over-turbulent-eerste-jaar-Zwolle-nog-steeds-hoofdprijs',
        'Als burgemeester van de provinciehoofdstad kreeg Snijders te maken met de nodige protestacties.',
        {('snijders', 'burgemeester', None)},
    ),
    (  # misc5 (holdout311 h311-011)
        'https://www.vgbk.nl/page/493/',
        'Lijsttrekker Willem Schoof (1955) is thans fractievoorzitter van de VKGB in Vlist. Naast hem zullen Dilia Blok (wethouder Gemeentebelang Bergambacht), Pieter Heerens (fractievoorzitter Gemeente Belang Schoonhoven) en Wisja Pannekoek (raadslid Werkgroep’84) de plekken twee tot en met vier innemen.',
        {('dilia blok', 'wethouder', None), ('wisja pannekoek', 'raadslid', None)},
    ),
    (  # misc5 (holdout318 h318-055)
        'https://www.rozendaal.nl/organisatie-bestuur/samenstelling-gemeenteraad/',
        'R.J. de Jonge\n\nRaadslid Rosendael’74 (fractievoorzitter)\n\nL. Beije\n\nRaadslid Rosendaal’74',
        {('l. beije', 'raadslid', None), ('r.j. de jonge', 'raadslid', None)},
    ),
    (  # party (holdout316 h316-006)
        'https://zakenblad.nl/2016/06/01/john-jorritsma-nieuwe-burgemeester-eindhoven',
        'John Jorritsma (1956) is oud-burgemeester van Cranendonck (1997-2002) en oud-gemeentesecretaris van Sint-Oedenrode. De VVD’er is momenteel Commissaris van de Koning in Friesland.',
        {('john jorritsma', 'commissaris van de koning', None)},
    ),
    (  # aside (holdout309 h309-002)
        'https://www.nu.nl/beveland/4969010/interview-burgemeester-kapelle-verheugd-voordracht-in-aalten.html',
        'Stapelkamp – vorige week vierde hij zijn 56e verjaardag – is sinds 2011 burgemeester van Kapelle.',
        {('stapelkamp', 'burgemeester', 'Kapelle')},
    ),
    (  # colon (holdout310 h310-061)
        'https://www.deorkaan.nl/dit-was-het-nieuws-in-2025-4-de-wethouders-van-wormerland',
        'Ook de POV had een wethouder van buiten gehaald: de Purmerendse Rick Ossendorp.',
        {('rick ossendorp', 'wethouder', None)},
    ),
    (  # born (holdout316 h316-037)
        'https://www.nrc.nl/nieuws/2019/01/31/leefbaar-zal-ik-wellicht-nooit-overtuigen-a3652342',
        'CV Arno Bonte (1978, Rotterdam) is GroenLinks-wethouder voor duurzaamheid, luchtkwaliteit en energietransitie. Bonte begon zijn carrière als griffier van de deelgemeente Hoek van Holland, woordvoerder van de FNV en Milieudefensie.',
        {('arno bonte', 'wethouder', None)},
    ),
    (  # paren (holdout316 h316-070)
        'https://vng.nl/artikelen/eerst-zelf-aan-de-slag-met-de-energietransitie',
        'Drie vragen aan... Lot van Hooijdonk, wethouder (GroenLinks) Utrecht',
        {('lot van hooijdonk', 'wethouder', 'Utrecht')},
    ),
    (  # card3 (holdout318 h318-056)
        'https://www.rozendaal.nl/organisatie-bestuur/samenstelling-gemeenteraad/',
        'C.M. van Ooik\n\nRaadslid PAK\n\nW.F. van den Akker\n\nRaadslid PAK, voorzitter raadscommissie\n\nW.P. Jansen\n\nRaadslid PAK',
        {('c.m. van ooik', 'raadslid', None), ('w.f. van den akker', 'raadslid', None), ('w.p. jansen', 'raadslid', None)},
    ),
    (  # mag (holdout318 h318-078)
        'https://www.baarle-nassau.nl/nieuws/nieuws/actueel/artikel/marjon-de-hoon-veelenturf-herbenoemd-tot-burgemeester-van-baarle-nassau-594.html',
        'Marjon de Hoon – Veelenturf mag ook de komende zes jaar burgemeester van de gemeente Baarle-Nassau zijn. Zij is vandaag officieel beëdigd bij Koninklijk Besluit.',
        {('marjon de hoon – veelenturf', 'burgemeester', 'Baarle-Nassau')},
    ),
    (  # mag (holdout86 h86-026)
        'https://www.gemeente.nu/bedrijfsvoering/communicatie/alternatief-afscheid-utrechters-zwaaien-burgemeester-op-video-uit/',
        'Jan van Zanen mag zich tot eind juni burgemeester van Utrecht noemen, daarna neemt hij het roer over in Den Haag.',
        {('jan van zanen', 'burgemeester', 'Utrecht')},
    ),
    (  # mag (holdout89 h89-045)
        'https://www.westerwoldeactueel.nl/2021/06/01/jaap-kuin-nu-officieel-burgemeester-van-de-gemeente-pekela/',
        'PEKELA – Jaap Kuin mag zich sinds vanavond officieel burgemeester van de gemeente Pekela noemen.',
        {('jaap kuin', 'burgemeester', 'Pekela')},
    ),
    (  # firstday (holdout317 h317-032)
        'http://www.omroepgelderland.nl/nieuws/2141889/LIVE-Installatie-burgemeester-Ahmed-Marcouch',
        'ARNHEM - Met welk gevoel stond Ahmed Marcouch vandaag op? Het is zijn eerste werkdag als burgemeester van Arnhem.',
        {('ahmed marcouch', 'burgemeester', 'Arnhem')},
    ),
    (  # pron (holdout314 h314-014)
        'https://dvhn.nl/drenthe/midden-drenthe/Cees-Bijl-is-aan-de-slag-als-waarnemend-burgemeester-Nu-33-jaar-later-komt-het-toch-nog-goed-27321647.html',
        'Officieel begon Cees Bijl op 1 december aan zijn nieuwe klus, hij is benoemd tot waarnemend burgemeester van de gemeente Midden-Drenthe. Een klus waarvoor hij door Commissaris van de Koning Jetta Klijnsma werd benaderd, nadat Mieke Damsma ontslag nam.',
        {('cees bijl', 'burgemeester', 'Midden-Drenthe'), ('jetta klijnsma', 'commissaris van de koning', None)},
    ),
    (  # pron2 (holdout281 h281-058)
        'https://www.rd.nl/artikel/1035500-ronnes-na-wethouder-kamerlid-en-gedeputeerde-nu-burgemeester',
        'Erik Ronnes was al gemeenteraadslid, wethouder, Tweede Kamerlid, gedeputeerde in Noord-Brabant en Statenlid, en nu wordt hij burgemeester. De 55-jarige CDA’er is benoemd tot waarnemend burgemeester van de gemeente Sint-Michielsgestel.',
        {('erik ronnes', 'burgemeester', 'Sint-Michielsgestel')},
    ),
    (  # al (holdout315 h315-062)
        'https://www.rtvutrecht.nl/nieuws/1546694/college-amersfoort-rond',
        'Pim van den Berg en Hans Buijtelaar waren al wethouder in Amersfoort. Buijtelaar is de komende tijd onder meer belast met financiën, ruimtelijke ontwikkeling en mobiliteit.',
        {('hans buijtelaar', 'wethouder', 'Amersfoort'), ('pim van den berg', 'wethouder', 'Amersfoort')},
    ),
    (  # an office and another function (holdout210 h210-016)
        'https://www.rd.nl/vandaag/binnenland/winkels-wijk-bij-duurstede-elke-zondag-open-1.1483385',
        'Wethouder en tijdelijk PCG-fractievoorzitter Hans Marchal reageert teleurgesteld.',
        {('hans marchal', 'wethouder', None)},
    ),
    (  # an office "in" a place, then the name in commas (holdout217 h217-071)
        'https://www.telegraaf.nl/nieuws/449787/bedreigingen-en-vandalisme-in-asieldiscussie',
        'De woning van een raadslid in Yerseke, Andries Jumelet, is donderdagavond beklad met eieren.',
        {('andries jumelet', 'raadslid', None)},
    ),
    (  # a colleague's office "uit" a province, then the name in commas (holdout226 h226-007)
        'https://www.grenspostdusseldorf.nl/digitaal-werkbezoek-gedeputeerden-aan-euregio/',
        'En zo verzamelden de voorzitter van EUREGIO, Rob Welten, de directeur-bestuurder van EUREGIO, Christoph Almering, zich met hun medewerkers op vrijdagmorgen 6 november op het beeldscherm om daar de Gelderse gedeputeerde Peter van ’t Hoog en zijn collega-gedeputeerde uit Overijssel, Roy de Witte, te ontvangen.',
        {("peter van 't hoog", 'gedeputeerde', None), ('roy de witte', 'gedeputeerde', None)},
    ),
    (  # a fronted 'Na' names who came before, not the subject (holdout266 h266-049)
        'https://www.ad.nl/utrecht/dijksma-officieel-de-nieuwe-burgermoeder-van-utrecht-zijn-wie-ik-wil-zijn-heeft-me-gemaakt-wie-ik-nu-ben~a42d934f/',
        'Na Lien Vos en Annie Brouwer is Dijksma de derde vrouwelijke burgemeester van Utrecht.',
        {('dijksma', 'burgemeester', 'Utrecht')},
    ),
    (  # the place after 'wethouder geworden' or 'in het college van' (holdout88 h88-049)
        'https://www.atosrtv.nl/nieuws/beoogde-wethouders-voor-zwijndrecht-bekend/',
        'Tycho Jansen (46 jaar) is sinds mei 2018 wethouder in het college van Zwijndrecht. Daarvoor was hij raadsgriffier in de gemeente Reimerswaal.',
        {('tycho jansen', 'wethouder', 'Zwijndrecht')},
    ),
    (  # a place after a plural office's list closes the whole list (holdout322 h322-067)
        'https://www.landstaddebaronie.nl/start-aanleg-fietspad/',
        'De wethouders Johan de Beer en Patrick Kok van de Gemeente Zundert hebben de officiële aftrap gegeven voor de aanleg van het fietspad Aa of Weerijs.',
        {('johan de beer', 'wethouder', 'Zundert'), ('patrick kok', 'wethouder', 'Zundert')},
    ),
    (  # a place after a plural office's list closes the whole list (holdout67 h67-064)
        'http://cda-ameland.nl/2013/09/03/raadsleden-ameland-naar-texel/',
        'TEXEL – Texel is van harte welkom weer volledig deel uit te maken van het samenwerkingsverband van de Waddeneilanden. Dat lieten CDA-raadsleden Bert Cordes en Theo Faber van Ameland weten tijdens een bezoek aan Texel.',
        {('bert cordes', 'raadslid', 'Ameland'), ('theo faber', 'raadslid', 'Ameland')},
    ),
    (  # a title between an office's unknown place and the name (holdout319 h319-013)
        'https://www.inhetwesterkwartier.nl/agenda/burgemeestersruil/',
        'De burgemeester van Grootegast Ard van der Tuuk ruilt met de burgemeester van Vlagtwedde mevrouw Leontien Kompier.',
        {('ard van der tuuk', 'burgemeester', None), ('leontien kompier', 'burgemeester', None)},
    ),
    (  # the one name in a 'dat' clause is the subject of its office (holdout319 h319-035)
        'https://www.hetkontakt.nl/regio/alblasserwaard/214930/burgemeester-sjors-frhlich-de-juiste-man-op-de-juiste-plaats',
        'Griffier Krista Goossens las het Koninklijk Besluit voor, waarin bekend werd gemaakt dat Fröhlich benoemd werd tot burgemeester van Vijfheerenlanden.',
        {('fröhlich', 'burgemeester', 'Vijfheerenlanden'), ('krista goossens', 'griffier', None)},
    ),
    (  # a list in the next sentence is the plural office's, not a singular one's (holdout323 h323-045)
        'https://www.deventerrtv.nl/college-bw-geinstalleerd/',
        'De eerste taak van de waarnemend burgemeester was het beëdigen van de nieuwe wethouders. Dat zijn Liesbeth Grijsen (Gemeentebelang), Jan Jaap Kolkman (PvdA), Carlo Verhaar (GroenLinks), Thomas Walder (D66) en Frits Rorink (CDA).',
        {('carlo verhaar', 'wethouder', None), ('frits rorink', 'wethouder', None), ('jan jaap kolkman', 'wethouder', None), ('liesbeth grijsen', 'wethouder', None), ('thomas walder', 'wethouder', None)},
    ),
    (  # a royal title is no name (holdout324 h324-051)
        'https://www.leuk.fm/nieuwsberichten/nieuwsberichten/aalten/burgemeester-berghoef-herbenoemd/',
        'AALTEN - Op 1 juli 2011 heeft Hare Majesteit de Koningin besloten burgemeester Berghoef opnieuw te benoemen als burgemeester van de gemeente Aalten. De Commissaris van de Koningin in de provincie Gelderland, de heer Cornielje, heeft dit per brief bevestigd.',
        {('berghoef', 'burgemeester', 'Aalten'), ('cornielje', 'commissaris van de koning', None)},
    ),
    (  # 'teruggetreden' after the name: gone (holdout322 h322-033)
        'https://www.omroepgelderland.nl/nieuws/7150604/Opgestapte-wethouder-Renswoude-Energietransitie-vraagt-moed-en-eerlijkheid',
        "Wethouder Sander van 't Foort (ChristenUnie) is na drie jaar wethouderschap teruggetreden nadat de gemeenteraad in zijn gemeente een streep heeft gezet door alle zoeklocaties voor windenergie.",
        set(),
    ),
    (  # 'vertrok' closing the clause: gone (holdout323 h323-007)
        'https://www.rd.nl/vandaag/binnenland/pieter-verhoeve-nieuwe-burgemeester-gouda-1.1598746',
        'Verhoeve, 38 jaar, is op dit moment burgemeester van Oudewater. In Gouda is een vacature omdat burgemeester Milo Schoenmaker vertrok.',
        {('verhoeve', 'burgemeester', 'Oudewater')},
    ),
    (  # an inhabitant's word before a surname is no given name (holdout323 h323-035)
        'https://www.regio8.nl/mark-boumans-als-burgemeester-soms-wat-popiejopie-maar-hij-heeft-wel-humor',
        'Burgemeester Mark Boumans wordt maandagavond door commissaris van de Koning John Berends herbenoemd als burgemeester van Doetinchem. Drentenaar Boumans kwam in 2017 als burgemeester naar de Achterhoekse plaats.',
        {('john berends', 'commissaris van de koning', None), ('mark boumans', 'burgemeester', 'Doetinchem')},
    ),
    (  # 'naar verwachting begint X als': expected, not yet in office (holdout323 h323-053)
        'http://www.omroepbrabant.nl/?news/2698461293/Kees+van+Rooij+wordt+nieuwe+burgemeester+van+Meierijstad.aspx',
        'Naar verwachting begint Van Rooij begin december als nieuwe burgemeester. Tot die tijd blijft waarnemend burgemeester Marcel Fränzel aan.',
        {('marcel fränzel', 'burgemeester', None)},
    ),
    (  # 'die als waarnemend burgemeester afzwaaide': gone (holdout324 h324-073)
        'https://www.rijnmond.nl/nieuws/189277/Burgemeester-Hoeksche-Waard-vertrekt-vanwege-zieke-partner',
        'Veldhuijzen volgde afgelopen april Peter van der Velden op, die als waarnemend burgemeester afzwaaide op medisch advies. Het was de bedoeling dat Veldhuijzen als waarnemend burgemeester aan zou blijven tot er een officiële opvolger was, maar is nu ook genoodzaakt eerder te stoppen.',
        {('veldhuijzen', 'burgemeester', None)},
    ),
    (  # 'Commissaris des Konings' is one office: its own word is singular (holdout197 h197-041)
        'https://www.wyniasweek.nl/?p=28551',
        '‘Als je niet oppast treedt een gewenning op,’ waarschuwt Han Polman (D66), de Commissaris des Konings in Zeeland.',
        {('han polman', 'commissaris van de koning', None)},
    ),
    (  # an age in parentheses is no party: a singular office does not share the list (holdout327 h327-083)
        'https://www.hilvarenbeek.nl/nieuws/artikel/voordrachtwethouders',
        'Het gaat om de volgende personen: de huidige Hilvarenbeekse wethouder Gerrit Overmans (62) uit Uden, Esther Langens (50) uit Oirschot en Piet Machielsen (59) uit Oirschot, beiden tot voor kort wethouder in de gemeente Oirschot.',
        {('gerrit overmans', 'wethouder', 'Hilvarenbeek')},
    ),
    (  # a party's 'Statenfractie' is no name (holdout327 h327-028)
        'https://www.friesjournaal.nl/1966-carriereswitch-2',
        'Douwstra is door de CDA Statenfractie voorgedragen als opvolger van Sander de Rouwe die is benoemd tot burgemeester van Kampen.',
        {('sander de rouwe', 'burgemeester', 'Kampen')},
    ),
    (  # 'In Lochem is hij sinds 2006 wethouder': the fronted place, for the one named before (holdout327 h327-038)
        'http://www.zakengidstiel.nl/nieuws/politiek/88425/kottelenberg-voorgedragen-als-nieuwe-burgemeester-van-de-gemeente-neder-betuwe',
        'Jan Kottelenberg (58) woont samen met zijn vrouw Marijke in Lochem en heeft vier kinderen. In Lochem is hij sinds 2006 wethouder.',
        {('jan kottelenberg', 'wethouder', 'Lochem')},
    ),
    (  # an 'oud-collega' is no colleague in office (holdout328 h328-001)
        'https://www.rd.nl/vandaag/binnenland/geen-nader-onderzoek-zandkwestie-barneveld-1.1610042',
        'Voor de meeste partijen is het duidelijk. De herinneringen van wethouder Aart de Kruijff (SGP) en zijn oud-collega Gerard van den Hengel (VVD) verschillen.',
        {('aart de kruijff', 'wethouder', None)},
    ),
    (  # a bare 'secretaris' beside the burgemeester and the griffier is the municipality's (holdout332 h332-028)
        'https://opennieuwsbank.nl/bericht/2006/09/04/E335-gemeente-eersel-.html',
        'Vorige week dinsdag tekenden burgemeester Henny Houben, secretaris Harrie Timmermans en griffier Carina Haumann de gemeenschappelijke regeling Kempisch Bedrijvenpark. Ook de gemeenten Bladel, Reusel-de Mierden en Bergeijk zetten hun handtekening onder dit document.',
        {('carina haumann', 'griffier', None), ('harrie timmermans', 'gemeentesecretaris', None), ('henny houben', 'burgemeester', None)},
    ),
    (  # ', toen de burgemeester van de stad': then, not now (holdout332 h332-050)
        'https://www.bndestem.nl/bergen-op-zoom/ondernemersgala-bergen-op-zoom-vernieuwt-en-verjongt~a4e43a9b/',
        'Van Male zocht steun voor het idee bij Han Polman, toen de burgemeester van de stad. ,,Hij omarmde het.',
        set(),
    ),
    (  # a programme's row: its time, 'Gemeente', the place, a dash, the office (holdout319 h319-015)
        'http://www.harendekrant.nl/nieuws/hoorzitting-vrijdag-19-januari-live-volgen-op-haren-fm/',
        '13.30 uur Provincie Groningen – gedeputeerde Patrick Brouns\n\n13.40 uur Gemeente Groningen – burgemeester Peter den Oudsten\n\n13.50 uur Gemeente Ten Boer – burgemeester Frank de Vries',
        {('frank de vries', 'burgemeester', None), ('patrick brouns', 'gedeputeerde', None), ('peter den oudsten', 'burgemeester', 'Groningen')},
    ),
    (  # 'Onder hen ook A en B' after a plural office: its names (holdout319 h319-062)
        'https://www.arenalokaal.nl/nieuws/nieuws/44400/graafse-raadsleden-astrid-bannink-en-jochem-jacobs-geinstalleerd-in-land-van-cuijk',
        'Eén voor één worden de 37 raadsleden naar voren gevraagd door de griffier en neemt waarnemend burgemeester Hillenaar de eed of de gelofte af. Onder hen ook Jochem Jacobs (CDA) uit Velp (foto bovenaan) en Astrid Bannink (LPG) uit Grave (foto onderaan).',
        {('astrid bannink', 'raadslid', None), ('hillenaar', 'burgemeester', None), ('jochem jacobs', 'raadslid', None)},
    ),
    (  # a party's '!' in parentheses ends no sentence ('Zó! Zoetermeer') (holdout323 h323-059)
        'https://www.zoetermeeractief.nl/nieuwshome/politiek/23188-nieuwe-college-klaar-voor-de-start',
        'De gemeenteraad stemde woensdag 8 juni 2022 in met het coalitieakkoord en benoemde Jan Iedema (VVD), Ingeborg ter Laak (CDA), Marijke van der Meer (Zó! Zoetermeer), Willeke Mertens (PDvZ), Bouke Velzen (CU-SGP) en Ronald Weerwag (LHN) tot voltijd wethouder.',
        {('bouke velzen', 'wethouder', None), ('ingeborg ter laak', 'wethouder', None), ('jan iedema', 'wethouder', None), ('marijke van der meer', 'wethouder', None), ('ronald weerwag', 'wethouder', None), ('willeke mertens', 'wethouder', None)},
    ),
    (  # numbered lines after a plural office and whom it speaks for (holdout335 h335-021)
        'https://gemeenteraad.veldhoven.nl/over_de_raad/college-van-burgemeester--wethouders/over-het-college-van-bw/',
        'Naast de burgemeester Marcel Delhez bestaat het college uit 5 wethouders namens de coalitie van VVD, GBV en PvdA.\n1. Ad van den Oever (VVD)\n2. Hans van de Looij (GBV)\n3. Daan de Kort (VVD)\n4. Mariënne van Dongen-Lamers (GBV)\n5. Jeroen Rooijakkers (PvdA)',
        {('ad van den oever', 'wethouder', None), ('daan de kort', 'wethouder', None), ('hans van de looij', 'wethouder', None), ('jeroen rooijakkers', 'wethouder', None), ('marcel delhez', 'burgemeester', None), ('mariënne van dongen-lamers', 'wethouder', None)},
    ),
    (  # 'nam onlangs ontslag als burgemeester': gone (holdout335 h335-049)
        'https://www.blikopnieuws.nl/2012/schmidt-waarnemend-burgemeester-meerssen',
        'Ricardo Offermanns nam onlangs ontslag als burgemeester van Meerssen gezien de gerezen situatie omtrent zijn teruggetrokken benoeming als kandidaat- burgemeester van Roermond.',
        set(),
    ),
    (  # a caption's '; vanaf links A, B en C' after a plural office (holdout336 h336-048)
        'https://wieringercourant.nl/verkiezingen/coalitieakkoord-gesloten-drie-wethouders-benoemd-435302',
        '• Burgemeester Jaap Nawijn te midden van de net benoemde wethouders; vanaf links Theo Meskers (VVD), Mary van Gent (SHK) en Theo Groot (CDA).',
        {('jaap nawijn', 'burgemeester', None), ('mary van gent', 'wethouder', None), ('theo groot', 'wethouder', None), ('theo meskers', 'wethouder', None)},
    ),
    (  # 'A en B voor Gemeentebelangen en C voor het CDA': a list of pairs with their party (holdout336 h336-052)
        'http://www.dedalfsermarskramer.nl/gemeentebelangen-en-cda-samen-verder-in-dalfser-college/',
        'Ook de huidige drie wethouders van deze partijen blijven aan het roer: Ruud van Leeuwen en André Schuurman voor Gemeentebelangen en Jan Uitslag voor het CDA.',
        {('andré schuurman', 'wethouder', None), ('jan uitslag', 'wethouder', None), ('ruud van leeuwen', 'wethouder', None)},
    ),
    (  # a line 'Wethouder Financiën : X': the office, its portfolio, the holder (holdout336 h336-067)
        'http://dorpsraadkloosterzande.nl/page-1004933/jaarvergadering-23-november-2017',
        'Burgemeester : Jan Frans Mulder\n\nWethouder Financiën : Adri Totté',
        {('adri totté', 'wethouder', None), ('jan frans mulder', 'burgemeester', None)},
    ),
    (  # lines 'Wethouder Openbare Werken : X': the office, its portfolio, the holder (holdout336 h336-068)
        'http://dorpsraadkloosterzande.nl/page-1004933/jaarvergadering-23-november-2017',
        'Wethouder Openbare Werken : Diana van Damme-Fassaert\n\nWethouder Ruimtelijke Ordening en Sport : Jean-Paul Hageman\n\nWethouder Welzijn en Zorg: : Frank van Driessche',
        {('diana van damme-fassaert', 'wethouder', None), ('frank van driessche', 'wethouder', None), ('jean-paul hageman', 'wethouder', None)},
    ),
    (  # 'geen burgemeester meer van': no longer (holdout336 h336-074)
        'https://www.pzc.nl/dordrecht/qbuzz-wil-vanuit-dordrecht-met-nachttreinen-naar-rotterdam-en-utrecht~a83c3393/',
        'Hein van der Loo is officieel geen burgemeester meer van Zwijndrecht.',
        set(),
    ),
    (  # 'het opstappen van wethouder X': gone (holdout215 h215-062)
        'https://www.destentor.nl/dronten/nieuwe-brug-tussen-dronten-en-kampen-is-zegen-voor-het-verkeer-maar-omwonenden-balen-moe-van-het-vechten~ae82fb59/',
        'Het opstappen van wethouder Roelof Siepel (ChristenUnie) blijft nasudderen in Dronten.',
        set(),
    ),
    (  # 'het opstappen van zowel wethouder A en B': gone (holdout338 h338-008)
        'https://sso-sk.bdumedia.nl/lokaal/politiek/scherpenzeel-houdt-vizier-op-zelfstandigheid-update-667116',
        "Ondanks het opstappen van zowel wethouder Tonnis van Dijk (CU) en Ad van Es (PRO Scherpenzeel) leek de hoop op een 'waardige vergadering', die burgemeester Harry de Vries aan het begin van de vergadering uitsprak, lange tijd stand te houden.",
        {('harry de vries', 'burgemeester', None)},
    ),
    (  # 'was net opgestapt als raadslid': gone (holdout338 h338-011)
        'https://www.rtvutrecht.nl/nieuws/1728899/ken-je-gemeente-rhenen',
        'In 2016 uitte burgemeester Hans van der Pas zijn zorgen over de versplintering in de raad. Willem Oorschot was net opgestapt als raadslid voor de Progressieve Combinatie.',
        {('hans van der pas', 'burgemeester', None)},
    ),
    (  # 'uit zijn ambt ontheven': the office nearest before, not the one who relieved him (holdout338 h338-050)
        'https://www.metatopos.eu/extra2021ge_scherpenzeel.html',
        'Daarnaast heeft de Commissaris van de Koning, John Berends, de waarnemend burgemeester van Scherpenzeel, Eppie Klein, met onmiddellijke ingang (8-10-2021) uit zijn ambt ontheven (ontslag op staande voet).',
        {('john berends', 'commissaris van de koning', None)},
    ),
    (  # academic titles after a name ('MSc BEc') are no name (holdout338 h338-085)
        'https://www.politiekeambtsdragers.nl/actueel/nieuws/2023/2/14/nieuwe-burgemeester-barneveld-gestart',
        'J. (Jacco) van der Tak MSc BEc is per 9 februari gestart als de nieuwe burgemeester van de gemeente Barneveld.',
        {('j. (jacco) van der tak', 'burgemeester', 'Barneveld')},
    ),
    (  # 'die wordt voorgedragen': nominated, not in office (holdout341 h341-061)
        'https://www.meierijstad.nl/home/nieuws_3190/item/nieuwe-coalitie-gevormd_8758.html',
        'De nieuwe wethouder die wordt voorgedragen namens Team 6 is de heer Rik Compagne. Hij gaat zich in ieder geval buigen over de portefeuille in het sociaal domein (WMO) voorheen de portefeuille van oud-wethouder Eus Witlox.',
        set(),
    ),
    (  # 'het opstappen van' one in office: gone (holdout52 h52-047)
        'https://www.gooieneemlander.nl/cnt/dmf20180926_70857698',
        'De gemeente Huizen denkt te kunnen volstaan met een zeer summiere persverklaring over het opstappen van waarnemend burgemeester Fons Hertog.',
        set(),
    ),
    (  # 'was 27 jaar SGP-raadslid en tien jaar wethouder': both offices behind (holdout338 h338-027)
        'https://www.ad.nl/utrecht/koninklijke-onderscheiding-voor-vertrekkend-sgp-raadslid-jan-willem-benschop~a059eb03/',
        'Zijn overleden vader Arie was 27 jaar SGP-raadslid en tien jaar wethouder in Lopik.',
        set(),
    ),
    (  # put forward for re-appointment ('voorgedragen voor herbenoeming als'): still in office (holdout337 h337-066)
        'https://www.enkhuizerdagblad.nl/regio/esther-heutink-wenderich-is-derde-wethouder',
        'Daarna is door de gemeenteraad besloten dat Dorus Luyckx en Erik Struijlaart worden voorgedragen voor herbenoeming als wethouders van de gemeente Enkhuizen.',
        {('dorus luyckx', 'wethouder', 'Enkhuizen'), ('erik struijlaart', 'wethouder', 'Enkhuizen')},
    ),
    (  # put forward for re-appointment ('voorgedragen voor herbenoeming als'): still in office (holdout324 h324-026)
        'https://www.blikopnieuws.nl/2011/meppel-wil-verder-met-westmaas',
        'De Gemeenteraad van Meppel heeft donderdagavond unaniem besloten de heer Westmaas voor te dragen voor herbenoeming als burgemeester van Meppel.',
        {('westmaas', 'burgemeester', 'Meppel')},
    ),
    (  # 'een nieuwe burgemeester', then the next sentence's subject after its verb ('werd X geïnstalleerd') (holdout327 h327-048)
        'https://www.omroepgelderland.nl/nieuws/2152961/Nieuwe-burgemeester-van-Aalten-geinstalleerd',
        'AALTEN - Aalten heeft een nieuwe burgemeester. Tijdens een bijzondere raadsvergadering vrijdagmiddag werd Anton Stapelkamp officieel geïnstalleerd.',
        {('anton stapelkamp', 'burgemeester', None)},
    ),
    (  # 'overleden' before someone else ('de ... overleden 86-jarige man') ends no office (holdout345 h345-067)
        'https://www.rd.nl/artikel/838065-burgemeester-spreekt-nabestaanden-aan-coronavirus-overleden-man',
        'Burgemeester Jan Pieter Lokker van Hoeksche Waard heeft contact gehad met de nabestaanden van de aan het nieuwe coronavirus overleden 86-jarige man in zijn gemeente. De man woonde in het dorp Oud-Beijerland.',
        {('jan pieter lokker', 'burgemeester', 'Hoeksche Waard')},
    ),
    (  # a dateline glued to a name ('Hoogeveen-Karel Loohuis') (holdout344 h344-023)
        'https://regionieuwshoogeveen.nl/politiek/herbenoeming-burgemeester-karel-loohuis/',
        'Hoogeveen-Karel Loohuis is woensdagavond bij Koninklijk besluit herbenoemd tot burgemeester van Hoogeveen, maar niet voor 6 jaar, de burgemeester heeft aangegeven om voor zijn derde ambtstermijn te gaan maar niet voor de volledige periode, tegelijkertijd zal er gezocht worden naar een nieuwe opvolger van de burgemeester.\nDe burgmeester werd vanavond in de raadszaal beëdigd door de commissaris van de Koning mevr Jetta Klijnsma.',
        {('jetta klijnsma', 'commissaris van de koning', None), ('karel loohuis', 'burgemeester', 'Hoogeveen')},
    ),
    (  # names between dashes after a plural office are its holders; an aside opens in lower case (holdout324 h324-078)
        'https://www.gelderlander.nl/heumen/heumens-college-verder-zonder-wethouder-leo-bosland-groenlinks~a94d99c0/',
        'Het was Harry Smeets (VVD) die voorstelde om tegen beide wethouders - Schoenaker en Bosland - een motie van wantrouwen in te dienen.',
        {('bosland', 'wethouder', None), ('schoenaker', 'wethouder', None)},
    ),
    (  # 'De gemeentesecretaris / algemeen directeur is X': a second function before 'is' (holdout323 h323-005)
        'http://ob.gouda.nl/Bestuur_en_organisatie/Burgemeester_en_wethouders/College_van_B_en_W',
        'De gemeentesecretaris / algemeen directeur is Martiene Branderhorst.',
        {('martiene branderhorst', 'gemeentesecretaris', None)},
    ),
    (  # 'collegaburgemeester' in an apposition (holdout323 h323-036)
        'https://www.regio8.nl/mark-boumans-als-burgemeester-soms-wat-popiejopie-maar-hij-heeft-wel-humor',
        'Dat beaamt Joris Bengevoord, collegaburgemeester in Winterswijk.',
        {('joris bengevoord', 'burgemeester', 'Winterswijk')},
    ),
    (  # 'Als eerste loco-burgemeester mocht ook X': an adverb between the verb and the name (holdout323 h323-049)
        'https://www.destentor.nl/deventer/deventer-heeft-weer-een-echte-burgemeester-waarnemer-ron-konig-nu-officieel-geinstalleerd~ab59a057/',
        'Als eerste loco-burgemeester mocht ook Liesbeth Grijsen het woord voeren.',
        {('liesbeth grijsen', 'loco-burgemeester', None)},
    ),
    (  # '(tevens eerste locoburgemeester)' after a name: its office (holdout341 h341-030)
        'https://www.lissernieuws.nl/nieuws/politiek/39087/coalitieakkoord-gepresenteerd-door-trio-nieuwe-wethouders',
        'Voor Kees van der Zwet (tevens eerste locoburgemeester) gaat het om financiën, economische zaken, grondzaken en grondexploitatie, recreatie en toerisme, natuur en landschap, openbare ruimte, milieu en afval, Flower Science, De Beukenhof, Ter Specke/FC Lisse.',
        {('kees van der zwet', 'loco-burgemeester', None)},
    ),
    (  # what the office is of, then the name closing the sentence ('van het baggerdorp, Jan de Vries.') (holdout341 h341-044)
        'https://www.ad.nl/dordrecht/dit-is-de-uitslag-van-de-gemeenteraadsverkiezingen-in-sliedrecht~ab238916/',
        'Het opkomstpercentage in Sliedrecht is 55,31 procent. ,,Helaas ruim vier procent minder dan in 2018", aldus de burgemeester van het baggerdorp, Jan de Vries.',
        {('jan de vries', 'burgemeester', None)},
    ),
    (  # what the office is of, then the name closing the sentence (holdout204 h204-053)
        'https://inleek.nl/2018/12/19/boekpresentatie-de-gemeente-leek-1811-2018-een-historisch-document/',
        'Epko H. Bult, voorzitter van de Historische Kring, overhandigt het eerste exemplaar aan de laatste burgemeester  van Leek, Berend Cornelis Hoekstra.',
        {('berend cornelis hoekstra', 'burgemeester', None)},
    ),
    (  # what the office is of, then the name closing the sentence (holdout90 h90-031)
        'https://www.omropfryslan.nl/nieuws/900667-statenjacht-doet-mee-aan-hardzeildag',
        'Dat zijn de oud-commissaris van Utrecht, Boele Staal, die nu voorzitter is van de Koninklijke Zeilvereeniging Oostergoo in Grou, en de commissaris van de Koning in Zoud-Holland, Jaap Smit.',
        {('jaap smit', 'commissaris van de koning', None)},
    ),
    (  # an office held 'nu nog' replaces one still to come, named before (holdout252 h252-056)
        'https://nos.nl/artikel/2520592-burgemeester-van-dordrecht-wordt-commissaris-van-de-koning-in-zuid-holland',
        "VVD'er Wouter Kolff wordt de nieuwe commissaris van de Koning in Zuid-Holland. Hij is nu nog burgemeester van Dordrecht en voorzitter van het Veiligheidsberaad.",
        {('wouter kolff', 'burgemeester', 'Dordrecht')},
    ),
    (  # an office held 'nu nog' replaces one still to come, named before (holdout329 h329-067)
        'https://www.omroepgelderland.nl/nieuws/2404964/Overbetuwe-eert-vertrekkend-burgemeester-met-Erepenning',
        'Patricia Hoytink-Roubos wordt de nieuwe burgemeester van Overbetuwe, zij is nu nog wethouder in de gemeente Berkelland.',
        {('patricia hoytink-roubos', 'wethouder', 'Berkelland')},
    ),
    (  # succ (holdout315 h315-037)
        'https://www.gelderlander.nl/de-vallei/nieuwe-sgp-burgemeesters-benoemd-in-barneveld-en-scherpenzeel-jan-luteijn-en-eppie-klein~ac86d2f9/',
        'Luteijn volgt op 1 februari Asje van Dijk op, als waarnemend burgemeester van Barneveld. Scherpenzeel zit zonder burgervader sinds de vorige waarnemend burgemeester, Harry de Vries, in december opstapte vanwege een conflict over de voorgenomen bestuurlijke fusie tussen Barneveld en Scherpenzeel.',
        {('luteijn', 'burgemeester', 'Barneveld')},
    ),
    (  # capacity (holdout156 h156-027)
        'https://www.waldnet.nl/wn/nieuws/77438/Sportprijzenregen_op_gemeentehuis_van_Tytsjerksteradiel.html',
        '"Wat een sportief talent hebben we in Tytsjerksteradiel! Prachtig om te zien dat er ieder jaar weer andere sporten voorbijkomen bij de huldiging. Al deze sporters staan symbool voor een gezonde levensstijl en doorzettingsvermogen. We zijn grutsk op alle sporters in de gemeente, ieder op zijn of haar eigen niveau", zegt wethouder en sportliefhebber Caroline de Pee.',
        {('caroline de pee', 'wethouder', None)},
    ),
    (  # capacity (holdout209 h209-033)
        'https://www.barneveldsekrant.nl/lokaal/politiek/800825/minister-in-kootwijkerbroek-ruimte-voor-boeren-van-levensbelang-',
        'BARNEVELD/KOOTWIJKERBROEK Op initiatief van de ChristenUnie Barneveld was minister Henk Staghouwer van landbouw, natuur en voedselkwaliteit zaterdag te gast bij CU-raadslid en agrariër Jaap van den Top in Kootwijkerbroek.',
        {('jaap van den top', 'raadslid', None)},
    ),
    (  # capacity (holdout340 h340-062)
        'https://www.destentor.nl/veluwe/zo-stemde-de-veluwe-bekijk-hier-de-uitslagen~ab3b5b7a/',
        'Voortzetting van de huidige coalitie lijkt logisch, maar dat is volgens de winnaars nog niet zeker. ,,We zien dit in elk geval als beloning voor vier jaar keihard werken’’, aldus GB-wethouder en lijstduwer Marije Storteboom.',
        {('marije storteboom', 'wethouder', None)},
    ),
    (  # capacity (holdout179 h179-037)
        'https://www.aanjaagteamwwzo.nl/nieuws/podcast-de-aanjagers-van-overijssel-aflevering-1-de-zwolse-aanpak-voor-wonen-en-zorg',
        'In wijkcentrum De Dobbe in de Zwolse wijk Aa-landen spreekt hij met wethouder én ambassadeur Dorrit de Jong en programmamanager Sander Oosterhuis over hun unieke integrale werkwijze.',
        {('dorrit de jong', 'wethouder', None)},
    ),
    (  # capacity (holdout75 h75-049)
        'https://makkumerbelboei.nl/newindex-specialpage.php?pagetoload=%272022/onlineonly/artikel00127.html%27',
        'Raadslid en ondernemer Petra van den Akker wordt voor het CDA wethouder voor Jeugd(zorg),  Onderwijs, Cultuur en kunst, Vernieuwing lokale democratie, Agenda Bolsward en Handhaving.',
        {('petra van den akker', 'raadslid', None)},
    ),
    (  # second (holdout108 h108-029)
        'https://www.rd.nl/vandaag/binnenland/partijen-in-coalitie-zeeland-regeren-door-1.1560404',
        'Verhulst, oud-burgemeester van Goes en nu burgemeester van Ede, gaf afgelopen zaterdag al zijn voorkeursscenario vrij.',
        {('verhulst', 'burgemeester', 'Ede')},
    ),
    (  # second (holdout346 h346-082)
        'https://flakkeenieuws.nl/nieuws/tea-both-voorgedragen-als-wethouder-op-goeree-overflakkee/8567',
        'Tea Both is werkzaam bij CuraMare als manager van woonzorglocatie Geldershof te Dirksland en sinds 2013 raadslid van de gemeente Goeree-Overflakkee.',
        {('tea both', 'raadslid', 'Goeree-Overflakkee')},
    ),
    (  # second (holdout312 h312-077)
        'https://venlo-transparant.nl/component/k2/itemlist/user/701-support?start=20',
        'Stephan Satijn, van 2011 t/m 2018 wethouder in Venlo en sinds 2021 gedeputeerde (Economie, Financiën en Bedrijfsvoering, Public affairs).',
        {('stephan satijn', 'gedeputeerde', None)},
    ),
    (  # elided (holdout348 h348-044)
        'https://www.1limburg.nl/nieuws/1320221/laatste-raadsvergadering-brunssum-zonder-burgemeester',
        'Palmen was eerst raadslid in Brunssum, maar werd korte tijd geleden benoemd tot wethouder.',
        {('palmen', 'wethouder', None)},
    ),
    (  # second (holdout116 h116-048)
        'http://www.telegraaf.nl/nieuws/1524861/burgemeester-onder-vuur-om-persbeleid',
        'Agnes van Ardenne, oud-minister en sinds oktober waarnemend burgemeester in Westland, kwam in november in botsing met een cameraploeg van EenVandaag.',
        {('agnes van ardenne', 'burgemeester', 'Westland')},
    ),
    (  # farewell (holdout350 h350-041)
        'http://www.nieuwkoop.nl/gemeenteraad/nieuws-uit-de-raad_41657/item/samenstelling-gemeenteraad_73073.html',
        'Tijdens de raadsvergadering van 9 maart 2010 hebben acht raadsleden afscheid genomen: Victoire Lafere (VVD), Tony de Bos (CDA), Nicolette Oosterhof (CDA), Apollo Smit (CDA), Peter Stokman (CDA), Hans van der Vlugt (MPN), Margot Aartman (MPN) en William Akerboom (MPN).',
        set(),
    ),
    (  # farewell (holdout54 h54-067)
        'https://www.dewolden.nl/raad-en-college/gemeenteraadsnieuws_43923/item/afscheid-raad-27-maart-2018_68131.html',
        'De voorzitter van de raad, burgemeester Roger de Groot, blikte terug op de afgelopen raadsperiode. Hij sprak in het bijzonder de volgende vijf raadsleden toe die definitief afscheid namen: Tjalling de Wit (CDA), Heleen Langen (PvdA), Hilda Mulder (VVD), Erik Verheijen (GL) en Henny Buld-Kist (Gb).',
        {('roger de groot', 'burgemeester', None)},
    ),
    (  # card (holdout349 h349-070)
        'https://www.wegaanlive.nl/nedersaksenlijn/',
        'De heer Berends, directeur Bentheimer Eisenbahn\nMevrouw Hollander, regiodirecteur Arriva Oost Nederland\nDe heer Boerman, gedeputeerde provincie Overijssel\nDe heer Berling, burgemeester van de Duitse stad Nordhorn',
        {('berling', 'burgemeester', None), ('boerman', 'gedeputeerde', None)},
    ),
    (  # rules353 (holdout353 h353-056)
        'https://www.nrc.nl/nieuws/2021/07/08/remkes-zegt-burgemeester-jos-hessels-de-wacht-aan-a4050359',
        'Waarnemend gouverneur in Limburg Johan Remkes heeft de burgemeester van Echt-Susteren, de CDA’er Jos Hessels, de wacht aangezegd.',
        {('johan remkes', 'commissaris van de koning', None), ('jos hessels', 'burgemeester', 'Echt-Susteren')},
    ),
    (  # rules353 (holdout353 h353-072)
        'https://5dok.net/document/z1d36ndv-samenwerkingsovereenkomst-cultuurregio-noord-limburg-roermond-en-weert.html',
        'De gemeente Horst aan de Maas, ten deze gelet op artikel 171, van de Gemeentewet, rechtsgeldig vertegenwoordigd door de heer H.J.L. Geurts, in zijn hoedanigheid van wethouder, gelet op het besluit van het college van burgemeester en wethouders d.d. …,\n\nen\n\nDe gemeente Mook en Middelaar, ten deze gelet op artikel 171, van de Gemeentewet, rechtsgeldig vertegenwoordigd door mevrouw C.G.P.M. Peters, in haar hoedanigheid van wethouder, gelet op het besluit van het college van burgemeester en wethouders d.d. …,\n\nen\n\nDe gemeente Peel en Maas, ten deze gelet op artikel 171, van de Gemeentewet, rechtsgeldig vertegenwoordigd door de heer W.G.M. Hermans, in zijn hoedanigheid van wethouder, gelet op het besluit van het college van burgemeester en wethouders d.d. …,',
        {('c.g.p.m. peters', 'wethouder', 'Mook en Middelaar'), ('h.j.l. geurts', 'wethouder', 'Horst aan de Maas'), ('w.g.m. hermans', 'wethouder', 'Peel en Maas')},
    ),
    (  # rules353 (holdout353 h353-029)
        'https://www.gulpen-wittem.nl/nieuws/2020/01/02/nieuwjaarstoespraak-burgemeester-ramaekers-rutjens',
        'Nieuwjaarstoespraak\nBurgemeester Nicole Ramaekers-Rutjens\n1 januari 2020',
        {('nicole ramaekers-rutjens', 'burgemeester', None)},
    ),
    (  # rules353 (holdout14 hd030)
        'https://dvdecoorndijk.nl/convenant/',
        'De gemeente Korendijk, ingevolge artikel 171 van de Gemeentewet, vertegenwoordigd door de heer S. Stoop in zijn hoedanigheid van burgemeester ter uitvoering van het besluit van het college van burgemeester en wethouders d.d. 1 december 2015, hierna te noemen: ‘de gemeente Korendijk’',
        {('s. stoop', 'burgemeester', None)},
    ),
    (  # rules353 (holdout173 h173-079)
        'https://ibestuur.nl/magazine/de-digitale-gemeente-sleutel-ligt-in-verbinding-beleid-en-uitvoering',
        'Directeur Dimitri Palmen wilde de bevindingen graag toetsen aan de praktijk en ging in gesprek met Saskia Bruines in haar rol als wethouder van de gemeente Den Haag en lid van de VNG-commissie Smart Cities.',
        {('saskia bruines', 'wethouder', "'s-Gravenhage")},
    ),
    (  # rules355 (holdout355 h355-034)
        'https://www.waldnet.nl/wn/nieuws/62740/Johannes_Kramer_burgemeester_NoardeastFrysl%C3%83%C2%A2n.html',
        'Kramer volgt Hayo Apotheker naar verwachting op 6 januari op. Laatstgenoemde is sinds dit jaar waarnemend burgemeester van de gemeente Noardeast-Fryslân.',
        {('hayo apotheker', 'burgemeester', 'Noardeast-Fryslân')},
    ),
    (  # rules355 (holdout355 h355-036)
        'https://www.omropfryslan.nl/nieuws/845757-marga-waanders-definitief-burgemeester-waadhoeke',
        'Waanders wordt de opvolger van Hayo Apotheker, die sinds het ontstaan van de gemeente de waarnemend burgemeester is.',
        {('hayo apotheker', 'burgemeester', None)},
    ),
    (  # rules355 (holdout354 h354-004)
        'https://150dagen.zaanstad.nl/coalitieakkoord/jan-hamming',
        'Jan Hamming is namens de PvdA, de burgemeester van de gemeente Zaanstad.',
        {('jan hamming', 'burgemeester', 'Zaanstad')},
    ),
    (  # rules358 (holdout358 h358-036)
        'http://roskam.nl/home/nieuws/3411-herbenoemde-prima-inter-pares-hellendoorn-predikt-betrokken-overheid.html',
        'Dat stelde burgemeester Raven der gemeente Hellendoorn vanavond bij haar herbenoeming.',
        {('raven', 'burgemeester', 'Hellendoorn')},
    ),
    (  # rules358 (holdout358 h358-016)
        'https://www.roskam.nl/home/nieuws/4903-gerritsen-burgemeester-van-almelo-beste-bestuurder-twente-2018.html',
        'Op de tweede plek in de Top 25 van de Roskam staat wethouder Beens der gemeente Rijssen-Holten die al jaren bovenin meedraait en op de derde plek wethouder Eerenberg van de gemeente Enschede die vorig jaar de winnaar was.',
        {('beens', 'wethouder', 'Rijssen-Holten'), ('eerenberg', 'wethouder', 'Enschede')},
    ),
    (  # rules356 (holdout357 h357-066)
        'http://www.omroepgelderland.nl/nieuws/2141460/32-kandidaten-voor-functie-burgemeester-van-Rheden',
        'De huidige burgemeester Petra van Wingerden–Boers maakte in maart bekend te stoppen. Zij is sinds 2004 burgemeester van Rheden en daarmee de langstzittende vrouwelijke burgemeester van Gelderland.',
        {('petra van wingerden–boers', 'burgemeester', 'Rheden')},
    ),
    (  # rules356 (holdout356 h356-071)
        'http://www.rtvutrecht.nl/nieuws/1567077/',
        'PROVINCIE UTRECHT - Commissaris van de koning Willibord van Beek roept inwoners van de provincie Utrecht op om een open geest te houden en boosheid niet te laten leiden.',
        {('willibord van beek', 'commissaris van de koning', None)},
    ),
    (  # rules359 (holdout339 h339-078)
        'https://www.hoornsdagblad.nl/gemeente/raad-benoemt-wethouders',
        'Na de benoeming van de wethouders werden er 4 nieuwe raadsleden benoemd, die de plaats van de wethouders innemen; Bianca Bos (VVD), Danny Verdonk (GroenLinks), Onno Egberts (Fractie Tonnaer) en Alex Smit (Sociaal Hoorn). Wethouder Ben Tap was geen raadslid, dus voor hem kwam geen nieuw raadslid in de plaats.',
        {('alex smit', 'raadslid', None), ('ben tap', 'wethouder', None), ('bianca bos', 'raadslid', None), ('danny verdonk', 'raadslid', None), ('onno egberts', 'raadslid', None)},
    ),
    (  # rules359 (devset s214)
        'https://www.bernheze.org/nieuws/2018/05/16/raadsvergadering-op-24-mei-in-teken-van-benoeming-wethouders',
        'Deze partijen dragen drie raadsleden voor  als kandidaat-wethouder; Peter van Boekel (CDA), Rien Wijdeven (Lokaal) en Rein van Moorselaar (SP).',
        {('peter van boekel', 'raadslid', None), ('rein van moorselaar', 'raadslid', None), ('rien wijdeven', 'raadslid', None)},
    ),
    (  # rules359 (holdout356 h356-043)
        'http://www.gelderlander.nl/regio/de-vallei/veenendaal/veenendaal-heeft-weer-college-van-b-en-w-1.6775235',
        'Vier van de vijf geïnstalleerde wethouders zaten ook al in het vorige college; Marco Verloop (SGP), Nermina Kundic (D66), Arianne Hollander (VVD) en Marieke Overduin (CDA). Nieuw als wethouder is Engbert Stroobosscher van de ChristenUnie.',
        {('arianne hollander', 'wethouder', None), ('engbert stroobosscher', 'wethouder', None), ('marco verloop', 'wethouder', None), ('marieke overduin', 'wethouder', None), ('nermina kundic', 'wethouder', None)},
    ),
    (  # rules359 (holdout309 h309-051)
        'https://www.regio8.nl/vier-nieuwe-wethouders-gekozen-in-montferland',
        'Met Nijland heeft Montferland nu een wethouder uit Angerlo.',
        {('nijland', 'wethouder', 'Montferland')},
    ),
    (  # rules359 (holdout359 h359-013)
        'https://paper.deteylinger.nl/open/656c9094',
        'Op donderdagochtend 15 maart gaat groep 6 van De Achtbaan locatie Cluster samen met wethouder Brekelmans in de Boekhorstlaan in Voorhout twee kerspruimen, twee gele kornoeljes en een blazenboom planten.',
        {('brekelmans', 'wethouder', None)},
    ),
    (  # rules359 (holdout357 h357-049)
        'https://www.gelderlander.nl/berg-en-dal/lul-en-gladjanus-burgemeester-berg-en-dal-beschuldigd-van-grensoverschrijdend-gedrag~a93e2106/',
        'Fractieleiders van de vijf oppositiepartijen in Berg en Dal zijn deze zomer met het CDA-raadslid Wim Bakker twee keer in Arnhem bij commissaris van de Koning John Berends geweest om hun beklag te doen over burgemeester Slinkman.',
        {('john berends', 'commissaris van de koning', None), ('slinkman', 'burgemeester', None), ('wim bakker', 'raadslid', None)},
    ),
    (  # antecedent (holdout346 h346-041)
        'https://www.rtvdordrecht.nl/nieuws/nieuws/edo-haan-waarnemend-burgemeester-gemeente-zwijndrecht?return=https://www.rtvdordrecht.nl/media/streek',
        'Haan heeft ruime ervaring in het openbaar bestuur. Sinds 2015 is hij burgemeester van Maassluis.',
        {('haan', 'burgemeester', 'Maassluis')},
    ),
    (  # antecedent (holdout361 h361-059)
        'https://via078.wordpress.com/tag/aart-jan-moerkerke/',
        'Moerkerke woonde voor zijn verhuizing naar Papendrecht in Strijen, waar hij burgemeester was. Sinds oktober 2016 is hij burgemeester van de gemeente Papendrecht.',
        {('moerkerke', 'burgemeester', 'Papendrecht')},
    ),
    (  # antecedent (holdout166 h166-010)
        'https://wnl.tv/2023/05/21/ameland-weert-massatoerist-en-wil-ook-natuur-zelf-onderhouden-we-hebben-brussel-niet-nodig',
        'Faber is blij dat het eiland zelf de regie houdt over de mensen die het eiland bezoeken. De wethouder ziet dat ook op andere onderwerpen Amelanders zeggenschap heel belangrijk vinden.',
        {('faber', 'wethouder', None)},
    ),
    (  # antecedent (holdout317 h317-017)
        'http://frontpage.fok.nl/nieuws/777593/1/1/50/weterings-vvd-wordt-burgemeester-tilburg.html',
        'Weterings is geboren en opgegroeid in Tilburg en was in de jaren tachtig lid van de Tilburgse gemeenteraad. Op dit moment is hij burgemeester in Haarlemmermeer.',
        {('weterings', 'burgemeester', 'Haarlemmermeer')},
    ),
    (  # antecedent (holdout85 h85-046)
        'https://www.binnenlandsbestuur.nl/ambtenaar-en-carriere/personalia/archief/personalia-23-2015.9517281.lynkx',
        'Wilms begon in 2010 in Veghel als directeur bedrijfsvoering. In 2012 werd ze door het college benoemd als gemeentesecretaris van Veghel.',
        {('wilms', 'gemeentesecretaris', None)},
    ),
    (  # rules350 (holdout348 h348-045)
        'https://www.binnenlandsbestuur.nl/bestuur-en-organisatie/achtergrond/achtergrond/verstandige-mensen-haken-af-in-de-politiek.9590164.lynkx',
        'Luc Winants (54), tot vorige week burgemeester van Brunssum, schrikt zich een hoedje.',
        set(),
    ),
    (  # rules350 (holdout350 h350-040)
        'https://ermelo.nieuws.nl/gemeenteraad/nieuwe-raadsleden-van-ermelo-lopen-vooralsnog-niet-hard-weg',
        'Vanavond zijn de nieuwe raadsleden geïnstalleerd.\nVoor het CDA Ermelo zijn dat: Jan van den Bosch, Dick te Brake, Karel de Greef, Sarath Hamstra, Esther Heutink, Cor Louwerse en Erik van der Weide.',
        {('cor louwerse', 'raadslid', None), ('dick te brake', 'raadslid', None), ('erik van der weide', 'raadslid', None), ('esther heutink', 'raadslid', None), ('jan van den bosch', 'raadslid', None), ('karel de greef', 'raadslid', None), ('sarath hamstra', 'raadslid', None)},
    ),
    (  # rules356b (holdout356 h356-076)
        'https://www.hartvanlansingerland.nl/nieuws/actueel/137801/nieuwe-coalitie-lansingerland-rond',
        'Voor het college worden de volgende wethouders voorgedragen: Leon Hoek (WIJ Lansingerland), Simon Fortuyn (Leefbaar 3B), Michiel Muis (D66) en Titia Cnossen (ChristenUnie).',
        set(),
    ),
    (  # rules356b (holdout360 h360-006)
        'https://www.omroepzeeland.nl/nieuws/119615/Afscheid-nemen-als-burgemeester-in-coronatijd-dan-zit-rustig-afbouwen-er-even-niet-in',
        'Gerard Rabelink treedt officieel uit dienst op 12 mei. Hij wordt opgevolgd door Jack van der Hoek, nu nog gedeputeerde Economie, Landbouw, Europa en Bestuur in de Provincie Noord-Holland.',
        {('jack van der hoek', 'gedeputeerde', None)},
    ),
    (  # rules366 (holdout366 h366-044)
        'https://www.rijnmond.nl/nieuws/178581/Vlaardingse-politiek-belooft-beterschap',
        'Door het recente vertrek van SP-wethouder Hoekstra is het college haar meerderheid kwijt.',
        set(),
    ),
    (  # rules366 (holdout366 h366-047)
        'https://www.ad.nl/waterweg/ons-vlaardingen-en-sp-met-vier-zetels-voorlopig-aan-de-zijlijn-goed-werk-van-het-kartel~a7076f72/',
        'ONS.Vlaardingen is met vier zetels een van de vijf grootste partijen van de stad, maar zal mede door het ontslag van wethouder Frans Hoogendijk in 2019 niet meepraten over de nieuwe coalitie.',
        set(),
    ),
    (  # rules366 (holdout364 h364-037)
        'https://stadszaken.nl/artikel/3092/wijkverbetering-in-selwerd-met-het-wijkbedrijf-als-motor',
        '‘Je kunt de achterstanden in deze wijken alleen aanpakken als er partnerschappen ontstaan tussen lokale, regionale spelers en het Rijk’, zegt coördinerend wethouder Wijkvernieuwing Roeland van der Schaaf.',
        {('roeland van der schaaf', 'wethouder', None)},
    ),
    (  # rules366 (holdout353 h353-067)
        'https://leudal.bestuurlijkeinformatie.nl/Agenda/Index/7e106580-457a-41f7-bd4d-46dfa73da7a7',
        'De gemeenteraad besloot bij acclamatie om raadslid de heer M.C.M. Verschuuren uit Heibloem toe te laten tot de raad in de vacature die was ontstaan door het vrijwillige ontslag van raadslid mevrouw C. Franssen-Verlinden van de fractie Samen Verder.',
        {('m.c.m. verschuuren', 'raadslid', None)},
    ),
    (  # rules364 (holdout352 h352-051)
        'https://www.bd.nl/den-bosch-vught/nieuwe-start-vooralsnog-valse-start-in-vught-gemeentebelangen-tegen-bestuursakkoord~a65bd544/',
        'Volgens Gemeentebelangen-raadslid en voormalig wethouder Guus van Woesik is dat onjuist.',
        {('guus van woesik', 'raadslid', None)},
    ),
    (  # rules364 (holdout364 h364-054)
        'http://www.rtvnoord.nl/nieuws/179466/Jaap-Borg-is-lijsttrekker-van-VVD-Midden-Groningen',
        'Borg die in Kropswolde woont, is op dit moment wethouder in Menterwolde. Daarvoor was hij fractievoorzitter van de VVD in Hoogezand-Sappemeer.',
        {('borg', 'wethouder', None)},
    ),
    (  # rules360b (holdout360 h360-033)
        'https://www.omroepzeeland.nl/nieuws/109023/SGP-schuift-Harry-van-der-Maas-naar-voren',
        'Van der Maas is sinds 2007 actief in de provinciale politiek. Eerst als Statenlid, inmiddels is hij gedeputeerde.',
        {('van der maas', 'gedeputeerde', None)},
    ),
    (  # regio (holdout359 h359-080)
        'https://www.pauldebruijn.eu/2700568_geslaagd-congres-over-water',
        'Terug bij Flora Boskoop begon het daadwerkelijke congres, met introducties van onze regioburgemeesters Peter Rehwinkel en Peter Heijkoop, een prikkelend verhaal van onze dijkgraaf Rogier van der Sande en zeer interessante bijdrages van onder andere Arno Visser, voorzitter van Bouwend Nederland en Annemieke Nijhof directeur van Deltares.',
        {('peter heijkoop', 'burgemeester', None), ('peter rehwinkel', 'burgemeester', None)},
    ),
    (  # regio (holdout155 h155-071)
        'https://veiligheidscoalitie.nl/nieuws/burgemeesters-pitchen-hun-onderwerp-tijdens-regionaal-veiligheidscollege',
        'Vorige week donderdag 16 november kwamen de leden van het Regionaal Veiligheidscollege Midden-Nederland bij elkaar in de raadszaal van de gemeente Amersfoort. Regioburgemeester mw. Sharon Dijksma ging tijdens de opening in op de impact van het conflict in Israël en de Palestijnse gebieden in onze regio en refereerde vervolgens aan de aangekondigde demonstraties op enkele stationslocaties.',
        {('sharon dijksma', 'burgemeester', None)},
    ),
    (  # regio (holdout353 h353-001)
        'https://www.omroeppenm.nl/nieuws/nieuws/gemeenteraad-draagt-nieuwe-burgemeester-op-14-mei-voor?category=11',
        'Wilma Delissen stopt na 14 jaar als burgermoeder. Er zijn 29 sollicitanten voor de burgemeestersfunctie.',
        {('wilma delissen', 'burgemeester', None)},
    ),
    (  # degree (holdout346 h346-011)
        'https://www.barendrecht.nl/bestuur-organisatie/collegebesluiten/',
        'Aanwezig:\n\n • de heer drs. R.E. Schneider, burgemeester\n • de heer L.P. van der Linden MSc, wethouder\n • de heer mr. D. Vermaat, wethouder\n • mevrouw M. Stolk, wethouder\n • mevrouw M.S. de Hoop, wethouder\n • de heer G.J. Bravenboer, gemeentesecretaris\n • de heer L. van Zanten MSc, adjunct-gemeentesecretaris',
        {('d. vermaat', 'wethouder', None), ('g.j. bravenboer', 'gemeentesecretaris', None), ('l.p. van der linden', 'wethouder', None), ('m. stolk', 'wethouder', None), ('m.s. de hoop', 'wethouder', None), ('r.e. schneider', 'burgemeester', None)},
    ),
    (  # noun (holdout371 h371-035)
        'https://www.provincie.drenthe.nl/?handheld=true%40133527%2Factieve%2F',
        'Op 6 januari hebben we in een volle Statenzaal Agnes Mulder geïnstalleerd als nieuwe commissaris van de Koning.',
        {('agnes mulder', 'commissaris van de koning', None)},
    ),
    (  # possessive (holdout330 h330-053)
        'https://www.destentor.nl/kampen/auteur-boekje-over-reevediep-het-is-veel-meer-dan-een-nieuwe-rivierarm-van-de-ijssel~a28d260b/',
        'Boerboom denkt dat de rol van gedeputeerde Theo Rietkerk bepalend is geweest.',
        {('theo rietkerk', 'gedeputeerde', None)},
    ),
    (  # possessive (holdout338 h338-079)
        'https://barneveld.sgp.nl/actueel/afscheidsinterview-wethouder-de-kruijf/12624',
        'De collegeperiode van wethouder Aart de Kruijf is niet gemakkelijk geweest, beaamt hij.',
        {('aart de kruijf', 'wethouder', None)},
    ),
    (  # possessive (holdout266 h266-010)
        'https://www.cuijksweekblad.nl/nieuws/algemeen/431220/kennismaken-met-nieuw-college-',
        'Wethouder Stoffels van Algemeen Belang Cuijk gaat zich richten op het Fysiek domein.',
        {('stoffels', 'wethouder', None)},
    ),
    (  # function (holdout60 h60-026)
        'https://www.destentor.nl/oldebroek/oldebroek-heeft-weer-een-coalitie~aab022fc/',
        "Informateur Bort Koelewijn, burgemeester van Kampen, zegt dat er binnen de Oldebroekse politiek 'veel consensus' is over de beoogde koers van de nieuwe coalitie.",
        {('bort koelewijn', 'burgemeester', 'Kampen')},
    ),
    (  # national (holdout223 h223-046)
        'https://vlaardingen.groenlinks.nl/node/5029727',
        'De gemeenteraad van Vlaardingen heeft kennisgenomen van het kabinetsbesluit om de burgemeester van Vlaardingen, Bas Eenhoorn, met ingang van 1 augustus a.s. te benoemen tot Nationaal Commissaris Digitale Overheid (NCDO).',
        {('bas eenhoorn', 'burgemeester', 'Vlaardingen')},
    ),
    (  # places (holdout319 h319-018)
        'https://www.politiekeambtsdragers.nl/actueel/nieuws/2022/01/20/burgemeester-aan-de-slag-eemsdelta',
        'Met 24 jaar werd ik raadslid, 28 toen ik wethouder EZ werd op Urk en 31 toen ik burgemeester van Scherpenzeel (Gld) werd.',
        set(),
    ),
    (  # places (holdout321 h321-037)
        'https://eenvandaag.avrotros.nl/item/burgemeester-die-kampt-met-overlast-door-asielzoekers-in-budel-is-teleurgesteld-in-eigen-partij-vvd-had-formatiegesprek-aan-moeten-gaan/',
        'Als burgemeester van Cranendonck, waar Budel onder valt, ziet hij dat het draagvlak voor de asielopvang de laatste jaren daalt.',
        set(),
    ),
    (  # places (holdout348 h348-032)
        'https://www.nu.nl/uit-andere-media/6216258/burgemeester-doet-een-boekje-open-over-ter-apel.html',
        'Als burgemeester van de gemeente waar Ter Apel onder valt, ziet Jaap Velema elke dag tot welke uitwassen het falende Nederlandse asielbeleid leidt.',
        {('jaap velema', 'burgemeester', None)},
    ),
    (  # gone (holdout174 h174-039)
        'http://www.opennieuwsbank.nl/bericht/2006/11/20/E165-nieuwe-voorzitter-vereniging-nederlandse-riviergem.html',
        'In deze functie volgt hij de heer J.H.J. van Blommestein op, die sinds 1 januari 1995 voorzitter was en recent als burgemeester van de gemeente Voorst met pensioen is gegaan.',
        set(),
    ),
    (  # gone (holdout110 h110-078)
        'https://www.rd.nl/vandaag/binnenland/meer-demissionaire-wethouders-stapten-op-1.1539673',
        'Zo vertrok de Leidse SP-wethouder Roos van Gelderen slechts een paar dagen voor het einde van haar termijn, omdat ze de kosten van tijdelijke woningen voor statushouders en ex-daklozen niet in de hand wist te houden.',
        set(),
    ),
    (  # gone (holdout367 h367-053)
        'https://www.bergensdagblad.nl/gemeente/reactie-college-bergen-op-ontslag-wethouder-valkering',
        'BERGEN - Klaas Valkering heeft vrijdag zijn ontslag ingediend als wethouder van de gemeente Bergen.',
        set(),
    ),
    (  # then (holdout181 h181-073)
        'https://www.nd.nl/nieuws/politiek/1113381/vvd-staatssecretaris-van-der-burg-gooit-het-roer-radicaal-om-ge',
        '‘Hoe meer asielzoekers, hoe beter’, zei Eric van der Burg vijf jaar geleden, als wethouder in Amsterdam. Nu is hij sinds twee maanden staatssecretaris van Justitie en Veiligheid in het kabinet Rutte-IV en verantwoordelijk voor het landelijke asiel- en migratiebeleid.',
        set(),
    ),
    (  # then (holdout355 h355-019)
        'https://www.rtvnoord.nl/nieuws/218245/Een-jaar-burgemeester-van-Oldambt-Het-was-echt-hectisch',
        "Het is 2 september 2018. Cora-Yfke Sikkema, dan nog wethouder van de gemeente Haarlem, besluit om samen met haar man André 'even' door Oldambt heen te rijden.",
        set(),
    ),
    (  # speaker (holdout366 h366-084)
        'https://joost-eerdmans.nl/uncategorized/rijswijk-heeft-nieuwe-coalitie',
        'Namens Beter voor Rijswijk komt Larissa Bentvelzen in het college. Armand van de Laar (D66) en Björn Lugthart (Wij. Rijswijk) waren al wethouder en blijven dat.',
        {('armand van de laar', 'wethouder', None), ('björn lugthart', 'wethouder', None)},
    ),
    (  # then (devset s252)
        'https://www.enkhuizerdagblad.nl/gemeente/nieuwe-burgemeester-eduard-van-zuijlen-genstalleerd',
        'ENKHUIZEN - Op donderdagavond 29 november is Eduard van Zuijlen geïnstalleerd als burgemeester van de gemeente Enkhuizen. De raadsvergadering werd geopend door Albertine van Vliet – Kuiper, tot die bijeenkomst waarnemend burgemeester van Enkhuizen. Daarna werd Eduard van Zuijlen beëdigd door de Commissaris van de Koning, de heer J.W. Remkes.',
        {('eduard van zuijlen', 'burgemeester', 'Enkhuizen'), ('j.w. remkes', 'commissaris van de koning', None)},
    ),
    (  # gone (devset s318)
        'https://www.dezeistenaar.nl/alles-over-zeist/politiek',
        'Wethouder Heijmerink van Bunnik stapte al eerder op vanwege deze kwestie.',
        set(),
    ),
    (  # names (holdout375 h375-020)
        'https://www.soesterberg.nu/kandidaat-wethouders-bekend/',
        'Aukje Treep–van Hoeckel is sinds 2018 wethouder voor GGS in Soest. Voor zij aantrad was ze zelfstandig landschapsarchitect en ontwierp onder andere parken, pleinen en natuurcompensatieplannen.',
        {('aukje treep–van hoeckel', 'wethouder', 'Soest')},
    ),
    (  # names (holdout378 h378-030)
        'https://www.trouw.nl/home/formule-1-in-zandvoort-gezellig-motorgeronk-of-geluidsoverlast-~a62a1d2e/',
        'Zelfs milieupartij GroenLinks stemde voor, maar raadslid Karim el Gebaly sprak van “de moeilijkste beslissing uit mijn leven”.',
        {('karim el gebaly', 'raadslid', None)},
    ),
    (  # names (holdout378 h378-029)
        'https://www.nhnieuws.nl/nieuws/248745/nieuwe-burgemeester-zandvoort-biecht-op-ik-ben-geen-specifieke-race-fan',
        'De oorspronkelijk Haarlemse Moolenburgh kijkt erg uit naar zijn werk als burgemeester.',
        {('moolenburgh', 'burgemeester', None)},
    ),
    (  # place (holdout378 h378-043)
        'https://www.heemskerk.nl/laatste-nieuws/coalitie-heemskerk-met-drie-wethouders-verder',
        'De coalitie in de gemeente Heemskerk gaat na het aftreden van wethouder Marieke van Dijk met drie wethouders verder. Aad Schoorl, wethouder van Heemskerk Lokaal: “De coalitie betreurt het opstappen van Marieke van Dijk, maar wil graag verder met de doelen die we ons gesteld hebben.',
        {('aad schoorl', 'wethouder', None)},
    ),
    (  # place (holdout108 h108-005)
        'https://venraylokaal.nl/actueel/nieuws/',
        'Tijdens de raadsvergadering werd gisteren Orhan Daud geïnstalleerd als raadslid voor VENRAY Lokaal.\nHij neemt de plek in van Harold Stevens die afgelopen donderdag afscheid nam van de gemeenteraad.',
        {('orhan daud', 'raadslid', None)},
    ),
    (  # switch (holdout377 h377-020)
        'https://www.bndestem.nl/hoeksche-waard/raymond-rotteveel-hield-van-taal-en-eigenlijk-ook-net-zo-veel-van-de-mensen~a4aaa363/',
        'Marco Oosterwijk maakte stap van wethouder naar burgemeester in Ridderkerk: ‘Het is best eenzaam’',
        {('marco oosterwijk', 'burgemeester', 'Ridderkerk')},
    ),
    (  # switch (holdout360 h360-049)
        'https://www.wfm96.nl/newsfeed/rob-van-der-zwaag-vertrekt-na-17-jaar-als-burgemeester-van-veere-als-bestuurder-maak-je-je-werk-af-ik-ben-geen-wegloper/',
        'In 2006 maakte Van der Zwaag de overstap van wethouder in Venlo naar burgemeester van Veere.',
        {('van der zwaag', 'burgemeester', 'Veere')},
    ),
    (  # switch (holdout33 h33-021)
        'https://www.peelenmaas.nl/bestuur-en-organisatie/blog-raadsnieuws/190/nieuwe-gemeenteraad-geinstalleerd-afscheid-van-12-leden',
        'Verder keert Piet Rooijakkers (Meijel) voor diezelfde partij na 4 jaar terug in de raad, en maakt Erik Nijssen (Koningslust) de stap van fractie-ondersteuner naar raadslid.',
        {('erik nijssen', 'raadslid', None)},
    ),
    (  # list (holdout370 h370-014)
        'https://www.1limburg.nl/nieuws/1756824/maastricht-zeven-partijen-en-drie-nieuwe-wethouders',
        'Wethouders die blijven zitten zijn Frans Bastiaens van de Senioren Partij, John Aarts van de VVD, Niels Peeters van het CDA en Anita Bastiaans.',
        {('anita bastiaans', 'wethouder', None), ('frans bastiaens', 'wethouder', None), ('john aarts', 'wethouder', None), ('niels peeters', 'wethouder', None)},
    ),
    (  # relative (holdout324 h324-023)
        'https://www.zeelandnet.nl/nieuws/wethouder-urk-legt-taken-voorlopig-neer',
        'Post, die al sinds 2010 wethouder op Urk is, had die functie niet gemeld, terwijl wethouders wel verplicht zijn om dat te doen.',
        {('post', 'wethouder', 'Urk')},
    ),
    (  # names (holdout25 h25-091)
        'https://www.sallandtv.nl/burgemeester-ommen-overdenkt-een-fusie/',
        'Burgemeester Kok van Ommen heeft wel oren naar een fusie van de gemeenten Ommen en Dalfsen.',
        {('kok', 'burgemeester', 'Ommen')},
    ),
    (  # names (holdout3 q089)
        'http://www.blikopnieuws.nl/2010/grensgemeenten-willen-onderzoek-naar-drugsoverlast',
        'Op uitnodiging van burgemeester Mans van Maastricht hebben de\nburgemeesters van de Belgische gemeenten Lanaken, Riemst, Visé en Voeren, de gemeente Eijsden en de politiecommissarissen vrijdag in Maastricht overlegd over de drugsproblematiek.',
        {('mans', 'burgemeester', 'Maastricht')},
    ),
    (  # names (holdout198 h198-082)
        'https://www.rtvoost.nl/nieuws/327508/Overijsselse-burgemeesters-richten-zich-tot-inwoners-Voorrecht-jullie-burgemeester-te-zijn',
        'Burgemeester Gerrit Jan Kok van Staphorst vraagt zijn inwoners vooral op elkaar te letten.',
        {('gerrit jan kok', 'burgemeester', 'Staphorst')},
    ),
    (  # names (holdout346 h346-086)
        'https://pijnackernootdorp.vvd.nl/mensen/10075/ilona-jense-van-haarst',
        'Mijn naam is Ilona Jense- van Haarst, als uw wethouder namens de VVD, geef ik invulling en uitvoering aan het Hoofdlijnenakkoord “Verder in Verbinding” dat door de gehele gemeenteraad is ondertekend.',
        {('ilona jense- van haarst', 'wethouder', None)},
    ),
    (  # names (holdout338 h338-044)
        'https://sso-sk.bdumedia.nl/lokaal/%C2%B4scherpenzeel-een-levendig-dorp-dat-bruist%C2%B4-328713',
        'Waarnemend burgemeester Corry van Rhee-Oud Ammerveld zei vereerd te zijn met zoveel belangstelling en bedankte iedereen waarmee zij tot nu toe heeft kennisgemaakt voor de gastvrije wijze waarop zij in Scherpenzeel is ontvangen.',
        {('corry van rhee-oud ammerveld', 'burgemeester', None)},
    ),
    (  # names (holdout328 h328-055)
        'https://ronddelinde.nl/category/gemeente/',
        'De Commissaris van de Koning heeft na overleg met een delegatie van de gemeenteraad en het college van B. en W. Madeleine van Toorenburg beëdigd als waarnemend burgemeester van Nuenen ca.',
        {('madeleine van toorenburg', 'burgemeester', 'Nuenen, Gerwen en Nederwetten')},
    ),
    (  # names (holdout362 h362-068)
        'https://www.ed.nl/veldhoven/vvd-pakt-twee-extra-zetels-en-wint-in-veldhoven-trots-trots-en-nog-eens-trots~ad4dc6a7/',
        'Demissionair wethouder en lijsttrekker van Gemeente Belangen Veldhoven (GBV) Mariënne van Dongen-Lamers toonde zich eveneens tevreden met de uitslag.',
        {('mariënne van dongen-lamers', 'wethouder', None)},
    ),
    (  # held (holdout h101)
        'https://www.aalten.nl/bestuur-en-organisatie/secretaris-algemeen-directeur_43344',
        'De functie van gemeentesecretaris wordt vervuld door mevrouw A. Gildhuis.',
        {('a. gildhuis', 'gemeentesecretaris', None)},
    ),
    (  # held (holdout187 h187-001)
        'https://denhaagfm.nl/2020/02/05/ilma-merx-aangesteld-als-interim-gemeentesecretaris/',
        'Ilma Merx zal als interim de functie van gemeentesecretaris waarnemen. Dat heeft het stadsbestuur woensdag bekendgemaakt.',
        {('ilma merx', 'gemeentesecretaris', None)},
    ),
    (  # held (holdout288 h288-053)
        'https://groningerkrant.nl/politiek/koen-schuiling-is-de-nieuwe-burgemeester-van-groningen/',
        'Schuilding zal de functie van burgemeester gaan bekleden vanaf oktober van dit jaar. Hij volgt daarmee Peter den Oudsten (PvdA) op die het ambt sinds 2015 vervulde.',
        {('schuilding', 'burgemeester', None)},
    ),
    (  # held (holdout312 h312-006)
        'https://www.abllaarbeek.nl/nieuwe-wethouders-laarbeek-bekend/',
        'We zijn trots dat Monika Slaets-Sonneveldt namens ABL haar wethouderschap kan voortzetten.\nNaast Monika zal ook Joan Briels namens de werkgroep zijn wethouderschap voortzetten.',
        {('joan briels', 'wethouder', None), ('monika slaets-sonneveldt', 'wethouder', None)},
    ),
    (  # held (holdout328 h328-064)
        'https://www.nu.nl/beveland/4815075/kandidaat-burgemeester-reimerswaal-maandag-bekend.html',
        'Hij ging in mei 2016 met pensioen. Sindsdien neemt Piet Zoon het burgemeesterschap waar.',
        {('piet zoon', 'burgemeester', None)},
    ),
    (  # held (holdout33 h33-025)
        'https://www.omroepbrabant.nl/nieuws/6001901/hoogste-ambtenaar-van-gemeente-drimmelen-weg-na-verschil-van-inzicht',
        'Het college gaat nu op zoek naar een nieuwe gemeentesecretaris. Tot die is gevonden, neemt Sandra Maas de functie van gemeentesecretaris waar.',
        {('sandra maas', 'gemeentesecretaris', None)},
    ),
    (  # held (holdout335 h335-029)
        'https://www.georgevogelaar.nl/sjraar-cox-we-hebben-maar-een-keus-samenwerken-in-het-belang-van-heel-zuid-limburg/',
        'Cox oefent al decennialang het ambt van burgemeester uit. Via Diever (Drenthe), Nuth en Veldhoven (Brabant) is hij, geboren in Maasbree, weer in Limburg terechtgekomen.',
        {('cox', 'burgemeester', None)},
    ),
    (  # held (holdout77 h77-040)
        'https://www.binnenlandsbestuur.nl/ambtenaar-en-carriere/nieuws/niemand-wil-burgemeester-van-heerlen-worden.11084829.lynkx',
        'Tot die tijd zal Emile Roemer het waarnemend burgemeesterschap voortzetten dat hij op 16 maart 2018 aanving.',
        {('emile roemer', 'burgemeester', None)},
    ),
    (  # held (holdout95 h95-006)
        'http://pietvantoon.nl/ProvincieLimburg.htm',
        'De heer A.H.M. Verhoeven MPM zal met ingang van 15 maart 2013 weer het ambt van burgemeester van de gemeente Leudal weer volledig uitoefenen.',
        {('a.h.m. verhoeven', 'burgemeester', 'Leudal')},
    ),
    (  # pronoun (holdout85 h85-054)
        'https://www.binnenlandsbestuur.nl/ambtenaar-en-carriere/personalia/archief/personalia-15-2016.9548094.lynkx',
        'Korteland (37) is lid van de VVD. Hij is sinds 2010 wethouder in de gemeente Papendrecht.',
        {('korteland', 'wethouder', 'Papendrecht')},
    ),
    (  # pronoun (holdout37 h37-100)
        'https://www.bndestem.nl/oosterhout/mark-buijs-nieuwe-burgemeester-van-oosterhout~a394cc78/',
        'Buijs (VVD) is geboren in Den Bosch, is 49 jaar. Hij is nu burgemeester van Boxtel.',
        {('buijs', 'burgemeester', 'Boxtel')},
    ),
    (  # pronoun (holdout118 h118-015)
        'http://www.rtvdrenthe.nl/nieuws/125943/Mieke-Damsma-wordt-de-nieuwe-burgemeester-van-Midden-Drenthe',
        'Damsma (D66) was een van de twintig sollicitanten. Ze is nu nog wethouder in de gemeente Maastricht.',
        {('damsma', 'wethouder', 'Maastricht')},
    ),
    (  # place (devset s086)
        'https://www.raadsleden.nl/actueel/nieuws/slechts-11-raadsleden-in-bestuur-en-commissies-vng',
        'Het bestuur telt 22 leden, onder leiding van voorzitter Annemarie Jorritsma (burgemeester, VVD, Almere).',
        {('annemarie jorritsma', 'burgemeester', 'Almere')},
    ),
    (  # place (holdout327 h327-074)
        'http://www.roskam.nl/home/nieuws/2933-nauta-beste-bestuurder-twente-eerenberg-twee-van-vlaanderen-drie.html',
        '01 (09) Ellen Nauta (Hof van Twente, CDA)\n\nNauta toont zich in een bestuurder die op haar plaats is in de gemeente die ze nu een aantal jaren als burgemeester dient.',
        {('ellen nauta', 'burgemeester', 'Hof van Twente')},
    ),
    (  # place (holdout358 h358-018)
        'https://www.roskam.nl/home/nieuws/4903-gerritsen-burgemeester-van-almelo-beste-bestuurder-twente-2018.html',
        '01 (25) Arjen Gerritsen (VVD, Almelo)\n\nGerritsen is bijna twee en half jaar burgemeester van de gravenstad aan de Aa.',
        {('arjen gerritsen', 'burgemeester', 'Almelo')},
    ),
    (  # partitive (devset s161)
        'https://www.waldnet.nl/wn/nieuws/75510/Gedeputeerden_benoemd,_Statenleden_beedigd.html',
        'Van de vijf gedeputeerden die Fryslân de afgelopen jaren telde, gaat alleen Friso Douwstra (CDA) door.',
        {('friso douwstra', 'gedeputeerde', None)},
    ),
    (  # partitive (devset s186)
        'https://lc.nl/friesland/leeuwarden/Samenwerking-begint-stroef-door-wisselingen-26497232.html',
        'Van de vier wethouders van destijds is inmiddels alleen Friso Douwstra van Leeuwarden nog in functie: de andere drie zijn vertrokken.',
        {('friso douwstra', 'wethouder', 'Leeuwarden')},
    ),
    (  # partitive (holdout356 h356-059)
        'https://www.gooieneemlander.nl/cnt/dmf20180926_23603410',
        'Van de wethouders heeft Niels Rood het grootste takenpakket.  Rood gaat onder andere het BEL-zwembad doen, economische zaken, de bibliotheek, de Hilt, communicatie, personeel & organisatie, duurzaamheid, onderwijs en het Ocrietterrein.',
        {('niels rood', 'wethouder', None)},
    ),
    (  # partitive (holdout41 h41-013)
        'https://www.ed.nl/geldrop-mierlo/waarom-alleen-maar-hele-wethouders-in-geldrop-mierlo~a1b463eb/',
        "Van de huidige wethouders willen in ieder geval Marc Jeucken (CDA) en Miranda Verdouw (in de raad gekozen als SP'er, nu lijsttrekker van haar eigen partij Samen Geldrop-Mierlo) graag door.",
        {('marc jeucken', 'wethouder', None), ('miranda verdouw', 'wethouder', None)},
    ),
    (  # partitive (holdout374 h374-017)
        'https://www.ed.nl/de-peel/is-het-gemertse-college-een-duiventil-geworden~a3bc26a3/',
        'Van de vier wethouders die in in april 2018 aan de huidige gemeenteraadsperiode begonnen, is er over een paar maanden dan nog maar eentje over: Wilmie Steeghs van de Dorpspartij.',
        {('wilmie steeghs', 'wethouder', None)},
    ),
    (  # place (holdout224 h224-025)
        'https://eenvandaag.avrotros.nl/artikelen/huizen-regelen-voor-statushouders-leidt-tot-problemen-en-dus-moet-het-anders-willen-wethouders-nu-een-onmogelijke-opdracht-161438',
        'Ook wethouder Edwin Enklaar in Harderwijk is ten einde raad omdat het kabinet maar geen duidelijkheid geeft.',
        {('edwin enklaar', 'wethouder', 'Harderwijk')},
    ),
    (  # place (holdout240 h240-043)
        'https://www.rd.nl/vandaag/binnenland/grote-steden-nemen-maatregelen-na-aanslagen-1.1553785',
        'Een woordvoerder van burgemeester Ahmed Aboutaleb in Rotterdam zegt ook dat de maatregelen getroffen worden wegens „het sentiment” en niet wegens een gewijzigd dreigingsbeeld. Ook in Utrecht is er „extra verscherpt toezicht”, zegt een woordvoerster van burgemeester Jan van Zanen.',
        {('ahmed aboutaleb', 'burgemeester', 'Rotterdam'), ('jan van zanen', 'burgemeester', None)},
    ),
    (  # place (holdout314 h314-039)
        'https://www.rtvnoord.nl/nieuws/201024/Nog-geen-duidelijkheid-over-opvolging-Jaap-Velema-in-Veendam',
        'Het is nog niet duidelijk wie de vertrekkende wethouder Jaap Velema (D66) in Veendam gaat opvolgen.',
        {('jaap velema', 'wethouder', 'Veendam')},
    ),
    (  # place (holdout133 h133-042)
        'https://www.omroepbrabant.nl/nieuws/4185497/brand-bij-asielopvang-onduidelijk-wat-dit-betekent-voor-komst-asielzoekers',
        'Het is nog niet duidelijk wat de gevolgen zijn van de brand in kampeerboerderij De Hoof in Someren. Dat zegt burgemeester Dilia Blok van die gemeente.',
        {('dilia blok', 'burgemeester', 'Someren')},
    ),
    (  # place (holdout288 h288-022)
        'https://www.dekopvan.nl/westerveld/westerveld/301779/jouke-spoelstra-voorgedragen-als-nieuwe-burgemeester-westerveld',
        'Jouke Spoelstra is 34 jaar, met zijn gezin woonachtig in de gemeente Achtkarspelen en sinds 2016 wethouder in die gemeente. Daarvoor is hij ook actief geweest als raadslid.',
        {('jouke spoelstra', 'wethouder', 'Achtkarspelen')},
    ),
    (  # place (holdout329 h329-053)
        'https://krantenbankzeeland.nl/issue/pzc/2012-12-04/edition/null/page/3?query=',
        'Han Polman (rechts) met rapper Ali B tijdens het 800-jarig bestaan van Bergen op Zoom, eerder dit jaar. Polman is nu nog burgemeester van die stad, maar volgt op 1 maart Karla Peijs op als commissaris van de koningin van Zeeland.',
        {('han polman', 'burgemeester', 'Bergen op Zoom'), ('karla peijs', 'commissaris van de koning', None)},
    ),
    (  # place (holdout369 h369-061)
        'https://nieuwsuitdorst.nl/frans-backhuijs-waarnemend-burgemeester-in-oosterhout/',
        'Backhuijs treedt aan als waarnemend burgemeester in Oosterhout omdat de huidige burgemeester in deze gemeente – Mark Buijs – burgemeester wordt in Roosendaal.',
        {('backhuijs', 'burgemeester', 'Oosterhout'), ('mark buijs', 'burgemeester', 'Oosterhout')},
    ),
    (  # place (holdout91 h91-045)
        'https://www.bd.nl/meierij/ronald-van-meygaarden-wordt-de-nieuwe-burgemeester-in-boxtel~a7c65cfa/',
        'BOXTEL - Ronald van Meygaarden volgt waarnemend burgemeester Fons Naterop op die op zijn beurt Mark Buijs opvolgde, die in december 2018 in Oosterhout begon als nieuwe burgemeester van die stad.',
        {('fons naterop', 'burgemeester', None), ('mark buijs', 'burgemeester', 'Oosterhout')},
    ),
    (  # already (holdout315 h315-078)
        'https://www.barneveld.nl/over-barneveld/gemeenteraad/gemeenteraadsnieuws/marlies-bongers-voorgedragen-als-griffier',
        'De positie van griffier is vacant geworden na het vertrek van de vorige griffier, de heer Iede Bakker. Na diens vertrek was mevrouw Bongers al interim griffier.',
        {('bongers', 'griffier', None)},
    ),
    (  # already (holdout316 h316-025)
        'https://d66.nl/rotterdam/nieuws/portefeuilles-wethouders-chantal-zeegers-en-said-kasmi/',
        'Said Kasmi (1975) was de afgelopen vier jaar al wethouder Onderwijs, Cultuur, Toerisme en Horeca en zal opnieuw zitting nemen in het nieuwe college.',
        {('said kasmi', 'wethouder', None)},
    ),
    (  # already (holdout368 h368-064)
        'https://www.destentor.nl/lochem/nieuw-college-in-lochem-medio-mei-aan-de-slag~ae78ab89/',
        'Henk van Zeijts was in het verleden al eens raadslid in Lochem. Na de verkiezingen, waar hij lijsttrekker was van GroenLinks, is hij weer raadslid.',
        {('henk van zeijts', 'raadslid', 'Lochem')},
    ),
    (  # glued (holdout217 h217-021)
        'https://www.binnenlandsbestuur.nl/openbare-orde-en-veiligheid/nieuws/burgemeesters-zijn-dubbel-gedoe-zat.102116.lynkx',
        'Een treffend voorbeeld van dit worstelen is het antwoord van burgemeesterSteven de Vreeze(PvdA) vanTiel: ‘Het liefste zou ik legaliseren, maar dat kan niet.',
        {('steven de vreeze', 'burgemeester', 'Tiel')},
    ),
    (  # glued (holdout353 h353-023)
        'https://www.vaals.nl/bestuur-en-organisatie/gemeenteraad/',
        'BurgemeesterHarry Leunessen\nGriffierBart Hoevenagel',
        {('bart hoevenagel', 'griffier', None), ('harry leunessen', 'burgemeester', None)},
    ),
    (  # glued (holdout179 h179-018)
        'https://ibabsonline.eu/LijstDetails.aspx?site=Westerveld&ListId=3a6200bc-154a-41bc-b98c-f9660d122307&ReportId=1b4d4153-e43e-4644-8ad1-1f6ff4d1981c&EntryId=314f7ab0-ffa4-4543-aa8c-d2af5aae8088&searchtext=',
        'RaadsledenAdri van der Weyde (CDA)',
        {('adri van der weyde', 'raadslid', None)},
    ),
    (  # partitive (holdout300 h300-038)
        'https://d66.nl/delft/nieuws/nieuwe-raad-geinstalleerd/',
        'Van deze 6 raadsleden gaan Sivan Maruf en Harjo Schuurman op voor hun tweede termijn. De overige 4 raadsleden zijn nieuwkomer in de Delftse gemeenteraad.',
        {('harjo schuurman', 'raadslid', None), ('sivan maruf', 'raadslid', None)},
    ),
    (  # speaker (holdout363 h363-035)
        'https://www.cda.nl/fryslan/sudwest-fryslan/actueel/nieuws/interview-bauke-dam-over-de-herinrichting-bolsward',
        '"Ik ben Bauke Dam, 37 jaar, opgegroeid in Witmarsum en Bolsward. Ik ben nu 1,5 jaar actief als wethouder voor het CDA, daarvoor sinds 2018 raadslid.',
        {('bauke dam', 'wethouder', None)},
    ),
    (  # a double name after a spaced hyphen, as after a spaced en dash (holdout147 h147-066)
        "https://kiesvoordeander.nl/nieuws/over-armoede-en-schuldhulpverlening-gesproken/",
        "Lian Heijs - Eisses\nRaadslid",
        {("lian heijs - eisses", "raadslid", None)},
    ),
    (  # (holdout9 h9065)
        "http://gemeentesluis.nl/Bestuur_en_Organisatie/Nieuws/Tijdelijke_vervanging_gemeentesecretaris",
        "Vanwege gezondheidsredenen is onze gemeentesecretaris Samira de Kievit - Minnaert de komende periode afwezig.",
        {("samira de kievit - minnaert", "gemeentesecretaris", None)},
    ),
    (  # (holdout339 h339-009)
        "https://www.enkhuizerdagblad.nl/gemeente/wethouders-benoemd",
        "ENKHUIZEN - Drie wethouders zijn dinsdagavond tijdens de raadsvergadering benoemd door waarnemend burgemeester "
        "Albertine van Vliet - Kuiper.",
        {("albertine van vliet - kuiper", "burgemeester", None)},
    ),
    (  # but not a caption's credit after the hyphen (holdout131 h131-058) ...
        "https://www.nhnieuws.nl/nieuws/332233/ruim-1400-nieuwe-woningen-in-haarlem-sinds-jaren-zeventig-nog-nooit-zoveel-gebouwd",
        "\"Recordjaar voor woningbouw\", aldus wethouder Floor Rodunder van Haarlem - Foto: NH Media / Geja Sikma",
        {("floor rodunder", "wethouder", "Haarlem")},
    ),
    (  # ... nor a capitalised present participle (holdout350 h350-010)
        "https://www.rtvnoord.nl/nieuws/204001/Burgemeester-Rika-Pot-Dit-is-het-dan-Oldambt-was-een-mooie-toegift",
        "Oldambtsters zijn temperamentvolle mensen, hier zit veel energie en trots Rike Pot - Afzwaaiend burgemeester "
        "Oldambt",
        {("rike pot", "burgemeester", "Oldambt")},
    ),
    (  # "was" before an office tied to a place, the name after the place: present (holdout116 h116-022)
        "http://www.politiekcafenieuwegein.nl/terugblik/beter-besturen-voor-minder-geld-door-roel-robbertsen-comm-v-d-koningin-in-utrecht/",
        "Tijdens de bijeenkomst van het Politiek Café in Green Village was commissaris van de Koningin in Utrecht Roel "
        "Robbertsen te gast.",
        {("roel robbertsen", "commissaris van de koning", None)},
    ),
    (  # further on in a list "van" opens a surname (holdout382 h382-037)
        'https://denhaag.partijvoordedieren.nl/vragen/schriftelijke-vragen-onveiligheid-in-laak',
        'Overeenkomstig art. 30 van het Reglement van orde stellen de raadsleden Gerritsen, Icar, Klokkenburg, Arp, Faïd, Bos, van Basten Batenburg, de Groot, Holman, Martini en Assad de volgende vragen:',
        {('arp', 'raadslid', None), ('assad', 'raadslid', None), ('bos', 'raadslid', None), ('de groot', 'raadslid', None), ('faïd', 'raadslid', None), ('gerritsen', 'raadslid', None), ('holman', 'raadslid', None), ('icar', 'raadslid', None), ('klokkenburg', 'raadslid', None), ('martini', 'raadslid', None), ('van basten batenburg', 'raadslid', None)},
    ),
    (  # "A en collega-wethouder B": a colleague holds the office too (holdout382 h382-051)
        'https://issuu.com/duic/docs/duic_krant_nr_228_-_16_juni',
        'We spraken Eerenberg en collega-wethouder Dennis de Vries als slotstuk in onze serie over de woningmarkt in Utrecht.',
        {('dennis de vries', 'wethouder', None), ('eerenberg', 'wethouder', None)},
    ),
    (  # "A en collega-wethouder B": a colleague holds the office too (holdout361 h361-054)
        'https://destadgorinchem.nl/lokaal/van-doesburg-benoemd-tot-wethouder-ondanks-bedenkingen-444981',
        '• Ro van Doesburg (midden) samen met collega-wethouders Eelke Kraaijeveld (links) en Dick van Zanten (rechts.',
        {('dick van zanten', 'wethouder', None), ('eelke kraaijeveld', 'wethouder', None), ('ro van doesburg', 'wethouder', None)},
    ),
    (  # "A en collega-wethouder B": a colleague holds the office too (holdout74 h74-022)
        'https://www.destentor.nl/nunspeet/grote-verrassing-in-nunspeet-gemeentebelang-verslaat-sgp-en-krijgt-8-zetels~a67bf72c/',
        'Storteboom en collega-wethouder en lijsttrekker Mark van de Bunte vlogen elkaar in de armen nadat de zetelverdeling bekend werd.',
        {('mark van de bunte', 'wethouder', None), ('storteboom', 'wethouder', None)},
    ),
    (  # a caption opening the next sentence lists the plural office of the one before (holdout380 h380-036)
        'https://www.zevenaarpost.nl/nieuws/algemeen/329077/-problematische-dossiers-liggen-op-tafel-van-de-gemeenteraad-',
        'De vijf wethouders hebben hun werkzaamheden eveneens opgepakt. Op de foto van links naar rechts: Carla Koers (CDA), Belinda Elfrink (CDA), Anita van Loon (Lokaal Belang), Hans Winters (LB) en Nanne van Dellen (LB).',
        {('anita van loon', 'wethouder', None), ('belinda elfrink', 'wethouder', None), ('carla koers', 'wethouder', None), ('hans winters', 'wethouder', None), ('nanne van dellen', 'wethouder', None)},
    ),
    (  # "twee van de VVD: A en B": a count by party; the municipality that has the offices (holdout382 h382-074)
        'https://amstelveensnieuwsblad.nl/verkiezingen/nieuw-college-amstelveen-gaat-aan-de-slag-448117',
        'AMSTELVEEN In extra vergadering van de gemeenteraad is woensdagavond 23 mei het nieuwe college geïnstalleerd. Amstelveen heeft nu vijf wethouders: twee van de VVD: Herbert Raat en Rob Ellermeijer, twee van D66: Floortje Gordon en Frank Berkhout, en één van de PvdA: Marijn van Ballegooijen.',
        {('floortje gordon', 'wethouder', 'Amstelveen'), ('frank berkhout', 'wethouder', 'Amstelveen'), ('herbert raat', 'wethouder', 'Amstelveen'), ('marijn van ballegooijen', 'wethouder', 'Amstelveen'), ('rob ellermeijer', 'wethouder', 'Amstelveen')},
    ),
    (  # "Nu heeft Wassenaar een waarnemer, X": the municipality that has the office (holdout382 h382-058)
        'https://www.omroepwest.nl/nieuws/3724019/Wassenaar-kan-op-zoek-naar-nieuwe-burgemeester',
        'Nu heeft Wassenaar een waarnemer, Frank Koen, die werd aangesteld in afwachting van een mogelijke fusie met Voorschoten.',
        {('frank koen', 'burgemeester', 'Wassenaar')},
    ),
    (  # the departure of another, then the one appointed (holdout381 h381-026)
        'https://www.omroepbrabant.nl/nieuws/2875731/Mark-Buijs-wordt-de-nieuwe-burgemeester-van-Oosterhout-nu-nog-burgemeester-in-Boxtel',
        'Na het aftreden van Huisman werd Marcel Fränzel in februari benoemd als waarnemend burgemeester. Fränzel moest van Commissaris van de Koning Wim van de Donk de rust terugbrengen in de roerige Oosterhoutse politiek.',
        {('marcel fränzel', 'burgemeester', None), ('wim van de donk', 'commissaris van de koning', None)},
    ),
    (  # "zijn ontslag als wethouder en raadslid": offices left (holdout385 h385-019)
        'https://www.nrc.nl/nieuws/1999/03/11/helderse-wethouders-weg-om-reisjes-en-zakagendas-7438679-a1008212',
        "Nadat PvdA'er J. Manderfeld dinsdag al zijn ontslag als wethouder en raadslid had aangeboden, trokken gisteravond ook de overige twee Helderse wethouders zich terug.",
        set(),
    ),
    (  # "zijn ontslag als wethouder en raadslid": offices left (holdout195 h195-039)
        'http://www.blikopnieuws.nl/2010/ontslag-burgemeester-dinkelland-blijft-in-stand',
        'De rechtbank Almelo heeft maandag uitspraak gedaan in het bestuursrechtelijke geschil tussen de heer Willeme en de Kroon. De heer Willeme had beroep ingesteld tegen zijn ontslag als burgemeester van de gemeente Dinkelland.',
        set(),
    ),
    (  # a relative clause saying the person has since left (holdout385 h385-002)
        'https://www.rtvoost.nl/nieuws/255026/gemeenteraad-hengelo-verlaat-zaal-na-discussie-over-vertrokken-cdaer-harink',
        'Het geplaagde raadslid Johan Harink dat twee weken geleden aftrad, ontbrak bij de beraadslagingen.',
        set(),
    ),
    (  # a relative clause saying the person has since left (holdout236 h236-030)
        'https://ditistwee.nl./nieuws/5023/dinsdagmiddag-afscheidsdienst-andreas-rose-in-grote-of-sint-janskerk',
        'Schiedam - Dinsdag 10 december zal in de Grote of Sint Janskerk een afscheidsdienst worden gehouden voor gemeenteraadslid en ondernemer Andreas Rose, die woensdag overleed.',
        set(),
    ),
    (  # misspelt "burgemeeester" (holdout385 h385-085)
        'https://www.omroepbrabant.nl/nieuws/3270495/bestuurscrisis-waalre-compleet-na-burgemeester-stappen-ook-alle-wethouders-op',
        'Het besluit van de wethouders volgt op de aankondiging, woensdag, van burgemeeester Jan Brenninkmeijer om niet meer terug te keren.',
        {('jan brenninkmeijer', 'burgemeester', None)},
    ),
    (  # "Burgemeester X, A en wethouders ...": a list the office opens, not a portfolio (holdout380 h380-047)
        'https://vng.nl/artikelen/overbetuwe-wist-elf-kernen-goed-met-elkaar-te-verbinden',
        'Burgemeester Tuijnman, Kees Jan de Vet en wethouders Van Baal, Van Rooijen, Witjes, Mooij en Hoex voor het gemeentehuis in Elst. De Vet nam de ‘Canon van Overbetuwe’ in ontvangst.',
        {('hoex', 'wethouder', None), ('mooij', 'wethouder', None), ('tuijnman', 'burgemeester', None), ('van baal', 'wethouder', None), ('van rooijen', 'wethouder', None), ('witjes', 'wethouder', None)},
    ),
    (  # "Voor CDA zitten A, B en C in de raad": a count by party (holdout381 h381-078)
        'https://www.bredavandaag.nl/nieuws/politiek/359002/dit-is-de-nieuwe-gemeenteraad-van-breda',
        'CDA heeft vier raadsleden in de gemeenteraad. Voor CDA zitten Jeroen Bruijns, Marc van Oosterbosch, Karlijn van den Berg en Remco Beekers in de raad.',
        {('jeroen bruijns', 'raadslid', None), ('karlijn van den berg', 'raadslid', None), ('marc van oosterbosch', 'raadslid', None), ('remco beekers', 'raadslid', None)},
    ),
    (  # "voorheen", "destijds": an office held before (holdout381 h381-057)
        'https://www.oisterwijknieuws.nl/2021/04/burgemeester-oisterwijk-tekende-zelf-voor-nu-niet-nagekomen-afspraken/',
        'Janssen, destijds de waarnemend burgemeester en daarmee voorzitter van de gemeenteraad, ondertekende deze verklaring zelf.',
        set(),
    ),
    (  # "voorheen", "destijds": an office held before (holdout171 h171-060)
        'https://www.denhaagcentraal.net/tag/roc-mondriaan/',
        'Na een lange bestuurlijke carrière gaat Pierre Heijnen, voorheen wethouder en later Kamerlid voor de PvdA en nu voorzitter van het college van bestuur van ROC Mondriaan, met pensioen.',
        set(),
    ),
    (  # "voorheen", "destijds": an office held before (holdout83 h83-058)
        'https://www.nu.nl/amersfoort/6209353/dit-zijn-de-acht-nieuwe-wethouders-diverse-ploeg-met-opvallende-nieuwkomers.html',
        'Opvallende nieuwkomers zijn Johnas van Lammeren, nu nog fractieleider van Partij voor de Dieren in Amsterdam en Nadya Aboyaakoub-Akkouh, voorheen wethouder voor PRO21 in Nijkerk.',
        set(),
    ),
    (  # "voorheen", "destijds": an office held before (holdout281 h281-068)
        'https://vng.nl/artikelen/overstap-avine-fokkens',
        'Avine Fokkens, voorheen gedeputeerde in de provincie Fryslân, is de nieuwe burgemeester van Heerenveen.',
        {('avine fokkens', 'burgemeester', 'Heerenveen')},
    ),
    (  # but not a province's name as the one that has it (holdout316 h316-073)
        "https://www.duic.nl/algemeen/sharon-dijksma-begonnen-als-burgemeester-lees-hier-haar-toespraak-aan-alle-utrechters/",
        "Utrecht heeft een nieuwe burgemeester. Sharon Dijksma is woensdagavond tijdens een buitengewone raadsvergadering "
        "beëdigd.",
        {("sharon dijksma", "burgemeester", None)},
    ),
    (  # nor a relative clause naming the office it left (holdout39 h39-044)
        "https://www.bd.nl/uden-veghel-e-o/jose-van-aaken-nieuwe-gemeentesecretaris-maashorst~a30766d1/",
        "Hij doelt daarmee op waarnemend burgemeester Rianne Donders die in Roermond opstapte als burgemeester.",
        {("rianne donders", "burgemeester", None)},
    ),
    (  # misspelt "bugemeester" (holdout383 h383-016)
        'https://www.noordhollandsdagblad.nl/cnt/dmf20200228_47487339/heemskerk-is-een-ereburger-rijker-marathonschaatser-jos-niesten-mag-die-titel-met-wouter-hoobroeckx-delen-over-de-superburgers-is-het-boek-duizendmaal',
        'Jos Niesten, marathonschaatser en Grote Man achter ijsclub Kees Jongert, viel bijna van verbazing van zijn stoel toen bugemeester Mieke Baltus hem vrijdagochtend tijdens een presentatie van een boek over ere- en legpenningen in Heemskerk naar voren riep voor de overhandiging van het ereteken, een plakkaat met daarop een lovende tekst.',
        {('mieke baltus', 'burgemeester', None)},
    ),
    (  # "de rol van burgemeester" as the office held (holdout309 h309-062)
        'https://nieuwsbladdeband.nl/lokaal/sgp-burgemeester-bestaat-niet-131546',
        'Loco-burgemeester Gert van den Berg gaf Van de Weerd het advies de rol van burgemeester te vervullen op een manier die bij hem past.',
        {('gert van den berg', 'loco-burgemeester', None), ('van de weerd', 'burgemeester', None)},
    ),
    (  # a subordinate clause with its verb last: "dat X per 17 mei de nieuwe burgemeester van Y wordt" (holdout382 h382-010)
        'https://www.voorschoten.nl/nadine-stemerdink-nieuwe-burgemeester-van-voorschoten',
        'Het ministerie van Binnenlandse Zaken en Koninkrijksrelaties heeft bekendgemaakt dat Nadine Stemerdink per 17 mei de nieuwe burgemeester van Voorschoten wordt.',
        {('nadine stemerdink', 'burgemeester', 'Voorschoten')},
    ),
    (  # a subordinate clause with its verb last: "dat X per 17 mei de nieuwe burgemeester van Y wordt" (holdout108 h108-077)
        'https://www.omroepwest.nl/nieuws/3949185/Den-Haag-zonder-burgemeester-hoe-nu-verder',
        'Dat zorgt er voor dat Boudewijn Revis de tweede locoburgemeester is. Hij neemt voorlopig de taken over van Krikke en is tijdelijk de baas op het stadhuis.',
        {('boudewijn revis', 'loco-burgemeester', None)},
    ),
    (  # a party named for its place after an office ("raadslid Hart voor Wassenaar") is no name (holdout382 h382-005)
        'https://www.denhaagcentraal.net/nieuws/politiek/wassenaar-heeft-nieuw-bestuur-maar-kou-is-niet-uit-de-lucht/',
        'Je schopt iemand een gebroken been en vervolgens plak je er een pleister op\nHenri Hendrickx, raadslid Hart voor Wassenaar',
        {('henri hendrickx', 'raadslid', None)},
    ),
    (  # an inhabitant before a surname, or standing alone ("Zoetermeerder Aptroot", "De Bredanaar") (holdout382 h382-024)
        'https://www.ad.nl/zoetermeer/charlie-aptroot-doet-het-nog-een-keer-nu-waarnemend-burgemeester-in-hoeksche-waard~a0eba898/',
        'Zoetermeerder Aptroot (71) is inmiddels gepokt en gemazeld als waarnemend burgemeester. Hij was waarnemer in Wassenaar, Voorschoten en Hilversum.',
        {('aptroot', 'burgemeester', None)},
    ),
    (  # an inhabitant before a surname, or standing alone ("Zoetermeerder Aptroot", "De Bredanaar") (holdout117 h117-070)
        'https://www.destentor.nl/hattem/burgemeester-wiggers-vertrekt-na-11-jaar-uit-hattem-ik-vind-in-hardenberg-een-nieuwe-uitdaging~adcecd6a/',
        'Wiggers is sinds 2008 burgemeester van Hattem. De Bredanaar is daarmee de langst zittend burgemeester op de Veluwe.',
        {('wiggers', 'burgemeester', 'Hattem')},
    ),
    (  # "de la" and "van t" (its apostrophe lost) as tussenvoegsels (holdout382 h382-032)
        'http://amstelveen.blog.nl/de-burgemeester/page/5',
        'In het radioprogramma van haar eigen WNL (zij zit immers in de Raad van Toezicht ervan)  mocht burgemeester Mirjam van t Veld zaterdag uitgebreid vertellen over haar recente reis naar India.',
        {('mirjam van t veld', 'burgemeester', None)},
    ),
    (  # not a list the next sentence puts forward ("worden voorgedragen als wethouders") (holdout381 h381-083)
        'https://partijgemeentebelangen.nl/concept-raadsprogramma-en-wethouders-kandidaten-oisterwijk-bekend/',
        'In deze raadsvergadering worden ook de wethouders benoemd. De heren Dion Dankers, Jan de Laat en Peter Smit worden voorgedragen als wethouders.',
        set(),
    ),
    (  # "In het verleden was X ... als wethouder": an office held before (holdout389 h389-030)
        'https://www.nhnieuws.nl/nieuws/235238/Arthur-van-Dijk-VVD-nieuwe-commissaris-van-de-Koning',
        'In het verleden was Van Dijk ook onder meer tien jaar lang als wethouder in de gemeente Haarlemmermeer en werkte hij voor belastingopsporingsdienst FIOD.',
        set(),
    ),
    (  # a sentence adverb, a function noun or an inhabitant before a name is no part of it (holdout388 h388-049)
        'https://dordtcentraal.nl/actueel/politiek-gezien-latertje-drechtraad/',
        'Portefeuillehouder Flach van het Drechtstedenbestuur, en in het dagelijks leven wethouder van Hendrik-Ido-Ambacht, was al diverse keren in het voortraject verzocht om de begroting aan te passen.',
        {('flach', 'wethouder', 'Hendrik-Ido-Ambacht')},
    ),
    (  # "hij was in de gemeente Lingewaal wethouder": an office held before, its place first (holdout391 h391-020)
        'https://www.weekbladwestbetuwe.nl/nieuws/algemeen/629139/geen-koopzondag-wel-samen-bouwen-aan-west-betuwe-',
        'ChristenUnie zal vertegenwoordigd worden door Govert van Bezooijen, hij was in de gemeente Lingewaal wethouder van financiën en had onderwijs in zijn portefeuille, hiervoor zal hij in de nieuwe gemeente West Betuwe ook verantwoording dragen.',
        set(),
    ),
    (  # "... Hardenberg hebben verlaten": gone (holdout388 h388-042)
        'https://hbrg.nl/gepruts-op-de-vierkante-meter/',
        'Het wordt steeds duidelijker waarom de twee wethouders Luiten en Ten Kate vlak na elkaar Hardenberg hebben verlaten.',
        set(),
    ),
    (  # initials with "Chr." and "Joh." (holdout387 h387-066)
        'https://www.veiligheidsregiozeeland.nl/over-ons/over-de-directie-en-het-bestuur',
        '• de heer A.R.B. van den Tillaar (burgemeester van Vlissingen)\n• de heer J.Chr. van der Hoek (burgemeester van Schouwen-Duiveland)',
        {('a.r.b. van den tillaar', 'burgemeester', 'Vlissingen'), ('j.chr. van der hoek', 'burgemeester', 'Schouwen-Duiveland')},
    ),
    (  # initials with "Chr." and "Joh." (holdout18 hf115)
        'http://www.opennieuwsbank.nl/bericht/2001/09/22/W012-activiteiten-leden-college-van-gedeputeerde-staten.html',
        'Zaterdag 22 september\nGedeputeerde de heer Joh. Dijks opent de expositie "Inspirerende initiatieven in De Wolden", in het kader van de eerste Toekomstdag voor De Wolden.\nPlaats: Ruinen, gemeentehuis.',
        {('joh. dijks', 'gedeputeerde', None)},
    ),
    (  # a double name whose second part opens with a particle ("van Limbeek-ter Haar") (holdout387 h387-087)
        'https://vdocuments.mx/hoogachtend-burgemeester-en-wethouders-van-geautomatiseerd-ondersteund-door.html',
        'Inlichtingen bij De raadsgriffier Mevrouw H.J.M.J. van Limbeek-ter Haar',
        {('h.j.m.j. van limbeek-ter haar', 'griffier', None)},
    ),
    (  # a portfolio between the office and a full name ("Wethouder Vastgoed Govert van Bezooijen") (holdout390 h390-014)
        'https://www.omroepgelderland.nl/nieuws/7261815/Kinderen-ontdekken-nieuw-Kindcentrum-in-De-Plantage-in-Meteren',
        'Wethouder Vastgoed Govert van Bezooijen: “De officiële opening laat nog even op zich wachten, maar we laten de kinderen niet langer in spanning.',
        {('govert van bezooijen', 'wethouder', None)},
    ),
    (  # a portfolio between the office and a full name ("Wethouder Vastgoed Govert van Bezooijen") (holdout237 h237-024)
        'https://www.meerbode.nl/rustig-nachtje-voor-minister-in-aalsmeer/',
        'Tijdens een ontbijtsessie met burgemeester Gido Oude Kotte, wethouder Schiphol Bart Kabout en een afvaardiging van de gemeenteraad, zegde de minister toe dat in haar ministersperiode 500 duizend vluchten als maximum wordt vastgesteld en dat verdere groei pas aan de orde is als voor de omgeving aantoonbaar minder hinder is gerealiseerd.',
        {('bart kabout', 'wethouder', None), ('gido oude kotte', 'burgemeester', None)},
    ),
    (  # a dateline, then a sentence opening with an article: no apposition ("Mariahout - De nieuwe burgemeester van Laarbeek, X") (holdout394 h394-044)
        'https://www.mooilaarbeek.nl/reader/screenreader/21011/PaperArticle/14668',
        'Mariahout - De nieuwe burgemeester van Laarbeek, Frank van der Meijden, maakte zaterdag samen met zijn vrouw kennis met Mariahout.',
        {('frank van der meijden', 'burgemeester', 'Laarbeek')},
    ),
    (  # a list's line: a title before the name, a degree after it ("ir. J.C. Slagboom gemeentesecretaris", "A.M.J. Dingemans MEd wethouder") (holdout395 h395-039)
        'https://www.moerdijk.nl/Politiek-en-Organisatie/College-van-B-en-W/Besluitenlijsten/Besluitenlijsten-2018/147826-Besluitenlijst-B-amp-amp-W-vergadering.html',
        'J.P.M. Klijs  burgemeester\nJ.J. Kamp wethouder\nE. Schoneveld  wethouder\nDrs. T.H.R. Zwiers wethouder\nC.J.A. van Dorst MBA wethouder\nP.A.M. van Bavel gemeentesecretaris\nC. Polak strategisch communicatieadviseur',
        {('c.j.a. van dorst', 'wethouder', None), ('e. schoneveld', 'wethouder', None), ('j.j. kamp', 'wethouder', None), ('j.p.m. klijs', 'burgemeester', None), ('p.a.m. van bavel', 'gemeentesecretaris', None), ('t.h.r. zwiers', 'wethouder', None)},
    ),
    (  # a list's line: a title before the name, a degree after it ("ir. J.C. Slagboom gemeentesecretaris", "A.M.J. Dingemans MEd wethouder") (holdout399 h399-012)
        'https://www.moerdijk.nl/web/besluitenlijsten-2022/156967-besluitenlijst-benw-7-juni-2022.html',
        'Aanwezig:\nA.J. Moerkerke burgemeester\nir. J.C. Slagboom gemeentesecretaris\nG.J.M. Blom wethouder\nA.M.J. Dingemans MEd wethouder\nC.J.A. van Dorst MBA wethouder\nP.M. Joosten wethouder',
        {('a.j. moerkerke', 'burgemeester', None), ('a.m.j. dingemans', 'wethouder', None), ('c.j.a. van dorst', 'wethouder', None), ('g.j.m. blom', 'wethouder', None), ('j.c. slagboom', 'gemeentesecretaris', None), ('p.m. joosten', 'wethouder', None)},
    ),
    (  # policy areas a portfolio in parentheses names ("wethouder Sport, Leefbaarheid, Communicatie, ...", "Participatiewet"): no names (holdout397 h397-056)
        'https://zakenblad.nl/2022/01/13/college-van-bw-weert-blikt-terug-op-successen/',
        'V.l.n.r.: Paul Sterk (wethouder Zorg, Welzijn, Organisatieontwikkeling), Henk van de Loo (wethouder Onderwijs, Cultuur, Duurzaamheid en Energie, Klimaat en Biodiversiteit, Landschap en Buitengebied), Myriam Meertens (gemeentesecretaris), Raymond Vlecken (burgemeester), Tessa Geelen (wethouder Sport, Leefbaarheid, Communicatie, Burgerparticipatie, Toerisme), Martijn van den Heuvel (wethouder Economie, Participatiewet, Arbeidsmarkt, Openbaar Gebied, Mobiliteit) en Wendy van Eijk (wethouder Ruimtelijke Ordening, Volkshuisvesting, Omgevingsvisie, Financiën).',
        {('henk van de loo', 'wethouder', None), ('martijn van den heuvel', 'wethouder', None), ('myriam meertens', 'gemeentesecretaris', None), ('paul sterk', 'wethouder', None), ('raymond vlecken', 'burgemeester', None), ('tessa geelen', 'wethouder', None), ('wendy van eijk', 'wethouder', None)},
    ),
    (  # one of an office's holders and the others: "Palmen en de andere vier wethouders" (holdout397 h397-076)
        'https://www.nrc.nl/nieuws/2018/05/30/jo-palmen-kon-geen-ander-vinden-dus-doet-hij-het-zelf-a1604906',
        'Palmen en de andere vier wethouders zijn afgelopen weken door een extern bureau doorgelicht.',
        {('palmen', 'wethouder', None)},
    ),
    (  # a speaker whose 'dat' opens the holders' clause is not its subject ("Nu weten we dat A (VVD) en B (PvdA) aanblijven als wethouder") (holdout400 h400-048)
        'https://www.texelsecourant.nl/reader/screenreader/21226/PaperArticle/26079',
        'Nu weten we dat Hennie Huisman (VVD) en Eric Hercules (PvdA) aanblijven als wethouder en dat Frank Kingma ook mag aanschuiven.',
        {('eric hercules', 'wethouder', None), ('hennie huisman', 'wethouder', None)},
    ),
    (  # gone: 'het veld heeft moeten ruimen' (holdout395 h395-027)
        'https://www.bndestem.nl/bergen-op-zoom/lijst-linssen-steunt-bergs-zakencollege-niet~a18de863/',
        'Voor GroenLinks is het een bittere pil dat hun wethouder, Andrew Harijgens, het veld heeft moeten ruimen.',
        set(),
    ),
    (  # a listed name's local party of more words: 'namens Hart voor Langedijk/D66' (holdout399 h399-003)
        'https://langedijk.vvd.nl/nieuws/30312/nieuw-college-geinstalleerd-en-bestuursakkoord-de-vaart-in-langedijk-gepresenteerd',
        'Ook zijn dinsdag 8 mei nieuwe raadsleden benoemd, omdat drie wethouders uit de raad zijn gekomen. Dit zijn Floris de Boer namens Hart voor Langedijk/D66, Jan Hofman namens VVD en Harry Waal namens PvdA.',
        {('floris de boer', 'raadslid', None), ('harry waal', 'raadslid', None), ('jan hofman', 'raadslid', None)},
    ),
    (  # gone: 'die in december moest aftreden als wethouder' (holdout400 h400-017)
        'https://www.texelsecourant.nl/reader/screenreader/24511/PaperArticle/93268',
        'Nieuw aan het front is Hart voor Texel van Edo Kooiman die in december moest aftreden als wethouder van Texels Belang.',
        set(),
    ),
    (  # as many names as a counted office opening the clause, listed after a comma up to the sentence's end ("Twee wethouders maakten ook deel uit van het vorige college, A (ChristenUnie/SGP) en B (VVD)") (holdout399 h399-053)
        'https://www.cda.nl/zuid-holland/zuidplas/actueel/nieuws/cda-bereikt-overeenstemming-over-coalitieakkoord-ruimte-voor-iedereen',
        'Twee wethouders maakten ook deel uit van het vorige college, Jan Willem Schuurman (ChristenUnie/SGP) en Daan de Haas (VVD). Wybe Zijlstra schuift namens het CDA aan, Frans Klovert is naar voren geschoven door D66.',
        {('daan de haas', 'wethouder', None), ('jan willem schuurman', 'wethouder', None)},
    ),
    (  # guard: a count inside the clause is no subject of a list at its end ("de twee wethouders (parttime) en de ambtenaren, onder wie A, B en C") (holdout318 h318-050)
        'https://www.trouw.nl/binnenland/in-rozendaal-kun-je-de-politiek-bijna-aanraken-wat-kunnen-andere-gemeenten-ervan-leren~bbfadd7f/',
        'Die vaste bewoners zijn burgemeester Ester Weststeijn, de twee wethouders (parttime) en de ambtenaren, onder wie Monique Maanders (loket burgerzaken), Jaap Wijlhuizen (openbare werken) en Henk Jacobsen (hoofd openbare werken).',
        {('ester weststeijn', 'burgemeester', None)},
    ),
    (  # the next sentence's 'Zijn naam: X' after an office (holdout398 h398-013)
        'https://www.westerwoldeactueel.nl/2020/11/11/lokaal-betrokken-verwelkomt-burgemeester-sloots/',
        'De gemeente Stadskanaal heeft een nieuwe burgemeester. Zijn naam: Klaas Sloots.',
        {('klaas sloots', 'burgemeester', 'Stadskanaal')},
    ),
    (  # the person of the sentence before, for a definite office with its party glued on ("De huidige CDA-gedeputeerde is ...") (holdout396 h396-023)
        'https://www.rtvdrenthe.nl/nieuws/141293/CDA-kiest-Henk-Jumelet-definitief-als-lijsttrekker',
        'Henk Jumelet is weer lijsttrekker voor het CDA in Drenthe. De huidige CDA-gedeputeerde is vanavond unaniem als lijstaanvoerder gekozen op de CDA-ledenvergadering voor de verkiezingen van Provinciale Staten op 20 maart.',
        {('henk jumelet', 'gedeputeerde', None)},
    ),
    (  # not gone: 'het voorgenomen vertrek van burgemeester X' (a departure still to come) (holdout404 h404-022)
        'https://houtensnieuws.nl/lokaal/als-samenleving-omzien-naar-elkaar-496890',
        'In de vorige editie van het Houtens Nieuws is al over het voorgenomen vertrek van burgemeester De Jong gepubliceerd.',
        {('de jong', 'burgemeester', None)},
    ),
    (  # not gone: a clause that says the farewell is still to happen ('wordt in de gemeenteraad afscheid genomen van') (holdout405 h405-029)
        'https://issuu.com/eilandennieuws/docs/en0827',
        'GOEREE-OVERFLAKKEE Donderdag 29 augustus wordt in de gemeenteraad afscheid genomen van waarnemend burgemeester Corstiaan Kleijwegt.',
        {('corstiaan kleijwegt', 'burgemeester', None)},
    ),
    (  # not gone: a clause that says the farewell is still to happen ('wordt in de gemeenteraad afscheid genomen van') (holdout401 h401-038)
        'https://www.nhnieuws.nl/nieuws/303925/castricum-heeft-als-eerste-uit-de-regio-een-coalitie-dit-zijn-de-wethouders',
        'Dan wordt ook afscheid genomen van de vertrekkende wethouder, Ron de Haan. Hij blijft wel lid van de gemeenteraad.',
        {('ron de haan', 'wethouder', None)},
    ),
    (  # a listed name's party after an en dash ('Greet Oosterhuis – Gemeentebelangen en Sonja Hilgenga – CDA') (holdout405 h405-023)
        'https://www.aaenhunze.nl/Bestuur/Nieuws/April_2022/Uit_de_Raad_21_april',
        'Greet Oosterhuis – Gemeentebelangen en Sonja Hilgenga – CDA zijn geïnstalleerd als gemeenteraadslid. Zij waren tijdens de installatie van de raad op 30 maart verhinderd.',
        {('greet oosterhuis', 'raadslid', None), ('sonja hilgenga', 'raadslid', None)},
    ),
    (  # a dotted abbreviation the sentence runs on after ends no sentence ('stopt per 1 juli a.s. als burgemeester') (holdout396 h396-063)
        'https://www.veendam.nl/Onderwerpen/Actueel/Nieuws/Archief/2023/Berry_Link_stopt_als_burgemeester_Veendam',
        'Berry Link stopt per 1 juli a.s. als burgemeester van Veendam. Het vertrek is in goed overleg met de gemeenteraad tot stand gekomen.',
        {('berry link', 'burgemeester', 'Veendam')},
    ),
    (  # a 'dat' clause with how long before the office, its verb last ('dat X (SGP) 25 jaar raadslid is') (holdout405 h405-058)
        'https://www.nederbetuwe.nl/Inwoners/Actueel/Nieuwsberichten/2018/Maart/Besluiten_gemeenteraad',
        'Aan het begin van de besluitvormende raadsvergadering is stilgestaan bij het feit dat Nees van Wolfswinkel (SGP) 25 jaar raadslid is.',
        {('nees van wolfswinkel', 'raadslid', None)},
    ),
    (  # an uninflected adjective between 'als' and the office ('de installatie van Gert-Jan Brouwer als vast Raadslid') (holdout405 h405-039)
        'https://ermeloschecourant.nl/liveblog-raadsvergadering-24-mei-2023/',
        'Volgt de installatie van Gert-Jan Brouwer als vast Raadslid voor de VVD. Hij weet al hoe het werkt want was een tijd vervanger van Herma.',
        {('gert-jan brouwer', 'raadslid', None)},
    ),
    (  # a party's people after a count, in the past: 'Voor het CDA waren dat A, B, ...' (holdout407 h407-032)
        'http://jan-nederweert.nl/tekst.php?id=92&name=Verkiezingsuitslagen',
        'Op 29 maart werden de 17 nieuwe raadsleden beëdigd. Voor het CDA waren dat Eric van der Putten, Rick van Meel, Charlot Koppen, Antoine Hekers, Rolf Verheijen en Frank Kurstjens.',
        {('antoine hekers', 'raadslid', None), ('charlot koppen', 'raadslid', None), ('eric van der putten', 'raadslid', None), ('frank kurstjens', 'raadslid', None), ('rick van meel', 'raadslid', None), ('rolf verheijen', 'raadslid', None)},
    ),
    (  # how long an office is held, in the parenthesis with the party ("Joop van der Lei (PvdA, 21 jaar raadslid)") (holdout411 h411-050)
        'https://www.rtvnoord.nl/nieuws/772300/Regen-van-onderscheidingen-bij-laatste-raadsvergadering-Appingedam',
        'Ook Joop van der Lei (PvdA, 21 jaar raadslid), Bert Raangs (CDA, 18 jaar raadslid), Jeanne Schoonhoven (LBE, 14 jaar raadslid), Henk Perdok (LBE, 10 jaar raadslid), Iwan Poucki (LBE, 10 jaar raadslid), Cees van Ekelenburg (Gemeentebelangen Eemsdelta, 14 jaar raadslid) en Ina Schenkel (ChristenUnie, 10 jaar raadslid) kregen een Damster Stadsmunt.',
        {('bert raangs', 'raadslid', None), ('cees van ekelenburg', 'raadslid', None), ('henk perdok', 'raadslid', None), ('ina schenkel', 'raadslid', None), ('iwan poucki', 'raadslid', None), ('jeanne schoonhoven', 'raadslid', None), ('joop van der lei', 'raadslid', None)},
    ),
    (  # a surname that is also who someone is, right after an office ("wethouder De Zeeuw") (holdout414 h414-062)
        'https://www.nieuwsbank.nl/archief/noord-holland-wil-meebetalen-aan-rotonde-anna-paulowna?id=1493022',
        'Gedeputeerde De Boer heeft uit handen van wethouder De Zeeuw handtekeningen in ontvangst genomen die zijn verzameld na een dodelijk ongeval op de N249 nabij Kleine Sluis.',
        {('de boer', 'gedeputeerde', None), ('de zeeuw', 'wethouder', None)},
    ),
    (  # a pronominal adverb opening a sentence is no name ("Daarin worden de raadsleden geïnstalleerd") (holdout411 h411-006)
        'https://www.rijnmond.nl/nieuws/176478/Nieuwe-gemeente-Hoeksche-Waard-heeft-coalitie-rond',
        'Op 2 januari 2019 komt de gemeenteraad voor het eerst bijeen. Daarin worden de raadsleden geïnstalleerd en wordt naar verwachting een besluit genomen over de benoeming van de voorgedragen wethouders.',
        set(),
    ),
    (  # the subject of the sentence before, its age before it ("De 54-jarige Van Dijk is geboren in ... Hij is ... wethouder") (holdout415 h415-015)
        'http://www.rtvdrenthe.nl/nieuws/122461/Nieuwe-burgemeester-Aa-en-Hunze-met-moeder-op-fietse-om-te-verkennen',
        'De 54-jarige Van Dijk is geboren in Beetsterzwaag en woont in Nij Beets. Hij is momenteel namens Opsterlands Belang wethouder in de gemeente Opsterland.',
        {('van dijk', 'wethouder', 'Opsterland')},
    ),
    (  # a deed's "door de heer X in de hoedanigheid van wethouder der Gemeente Y" (holdout416 h416-057)
        'http://docplayer.nl/149530700-Regionaal-convenant-werklocaties-kop-van-noord-holland.html',
        '1. De gemeente Den Helder, ten deze ingevolge het bepaalde in artikel 171 van de Gemeentewet rechtsgeldig vertegenwoordigd door de heer Krijns in de hoedanigheid van wethouder der Gemeente Den Helder en aangewezen door de burgemeester Koen Schuiling om hem in deze te vertegenwoordigen en handelend ter uitvoering van het besluit van het college van burgemeester en wethouders van 14 juni 2016, hierna te noemen: "de gemeente Den Helder";',
        {('koen schuiling', 'burgemeester', None), ('krijns', 'wethouder', 'Den Helder')},
    ),
    (  # "samen met zijn collega X van de gemeente Y": the colleague holds the office, of that place (holdout415 h415-049)
        'https://deputtenaer.nl/lokaal/verkeer-en-vervoer/fietspad-langs-puttense-zeedijk-heropend-666018',
        'PUTTEN Wethouder Roelof Koekkoek van Putten heeft, samen met zijn collega Wim Oosterwijk van de gemeente Nijkerk, het vernieuwde fietspad langs de Zeedijk heropend.',
        {('roelof koekkoek', 'wethouder', 'Putten'), ('wim oosterwijk', 'wethouder', 'Nijkerk')},
    ),
    (  # a list after a farewell in the passive of the past ("nadat er van 3 wethouders afscheid werd genomen: A, B en C") (holdout412 h412-069)
        'https://gemeenteraad.groningen.nl/actueel/zeven_van_acht_wethouders_nieuw_college_geinstalleerd/',
        'De installatie was nadat er van 3 wethouders afscheid werd genomen: Glimina Chakor en Isabelle Diks van GroenLinks en Berndt Benjamins van D66, de partij die niet terugkeert in het nieuwe college.',
        set(),
    ),
    (  # gone: a list of holders who "hun portefeuilles per direct neergelegd" (the verb far after the list) (holdout412 h412-021)
        'https://www.cda.nl/limburg/brunssum/actueel/nieuws/democratie-aan-de-kant-gezet',
        'De wethouders Haico Offermans (PvdA), Frank Joosten (VVD) en Peter Heinen (CDA) hebben daarop de consequenties uit deze wantrouwende houding van de lokale partijen getrokken en hun portefeuilles per direct neergelegd.',
        set(),
    ),
    (  # gone: an office held in years behind the page ("waarnemend burgemeester van Katwijk in 2016 en 2017") (holdout412 h412-011)
        'https://www.rd.nl/artikel/757607-coalitievorming-katwijk-mislukt',
        'De fractievoorzitter heeft Frank Koen (CDA), waarnemend burgemeester van Katwijk in 2016 en 2017, gevraagd verkenner te worden om een stabiel en verbindend college te vormen waarbij ook andere partijen kunnen worden betrokken.',
        set(),
    ),
    (  # the seat: "zit X op de wethoudersstoel van de gemeente Y" (holdout411 h411-033)
        'http://destreekkrant.nu/2019/05/22/als-het-me-gegund-is-ga-ik-voor-nog-een-periode-de-piketpaaltjes-die-je-hebt-uitgezet-kun-je-dan-gaan-realiseren/',
        'GROOTEGAST – Bijna een half jaar nu, zit Hielke Westra op de wethoudersstoel van de gemeente Westerkwartier.',
        {('hielke westra', 'wethouder', 'Westerkwartier')},
    ),
    (  # the office named unnamed before the verb is the clause's subject ("liet de wethouder weten ... als wethouder") (holdout411 h411-059)
        'https://rtvnof.testrabbit.nl/?p=147504',
        'Zaterdag was wethouder Jelle Boerema te gast in het nieuws en actualiteitenprogramma "Weekend Nieuwsshow\'. Na een gesprek over onder andere regiocampagne Dwaande en Kollum Watersportdorp liet de wethouder weten nog graag vier jaar door te willen als wethouder in Kollumerland.',
        {('jelle boerema', 'wethouder', None)},
    ),
    (  # "Dat was tot maart ... uitstekend, daarna heeft de wethouder, X, ...": the "tot" belongs to the clause before (holdout413 h413-059)
        'https://www.nieuwsuitberkelland.nl/2020/09/integraal-huisvestingsplan-vastgesteld-maar-niet-zonder-slag-of-stoot/',
        'Dat was tot maart dit jaar uitstekend, daarna heeft de verantwoordelijke wethouder, Anjo Bosman, volgens haar steken laten vallen.',
        {('anjo bosman', 'wethouder', None)},
    ),
    (  # a list's new one: "Wethouders A (VVD), B (CDA en CU-SGP) en nieuwkomer C (D66)" (holdout412 h412-008)
        'https://www.nu.nl/leiden/6023859/nieuwe-coalitie-leiderdorp-maandag-aangetreden.html',
        'De nieuwe coalitie in Leiderdorp is maandag aangetreden. Wethouders Willem Joosten (VVD), Daan Binnendijk (CDA en CU-SGP) en nieuwkomer Rik van Woudenberg (D66) zijn geïnstalleerd.',
        {('daan binnendijk', 'wethouder', None), ('rik van woudenberg', 'wethouder', None), ('willem joosten', 'wethouder', None)},
    ),
    (  # a portfolio's short form before the province: "de gedeputeerde EZ van de provincie Noord-Holland X" (holdout416 h416-074)
        'https://www.kohartog.com/herstructurering-bedrijventerrein-de-oude-werf-is-een-succes/',
        'Heiloo- Vrijdagmiddag waren blije ondernemers aanwezig bij de opening van De Oude Werf. Ook de gedeputeerde EZ van de provincie Noord-Holland Jan van Run en de wethouders Fred Dellemijn en Jacob Ouderkerken bewonderden de aanpassingen op het bedrijventerrein.',
        {('fred dellemijn', 'wethouder', None), ('jacob ouderkerken', 'wethouder', None), ('jan van run', 'gedeputeerde', None)},
    ),
    (  # a caption's line "Burgemeester Niek Meijer Zandvoort": the place after the name (holdout416 h416-070)
        'http://www.zvoort.nl/archief/burgemeester-wil-bouwen-aan-zandvoort/',
        'Burgemeester Niek Meijer Zandvoort',
        {('niek meijer', 'burgemeester', 'Zandvoort')},
    ),
    (  # a list going on after a local party named for its place ("A van Hart voor Medemblik en B van de ChristenUnie") (holdout416 h416-073)
        'https://hartvoormedemblik.nl/bedrijventerrein-in-nibbixwoud-krijgt-na-15-jaar-eindelijk-een-officiele-naam-bedrijvenpark-a7west',
        'De motie, ingediend door raadsleden Tjeu Berlijn van Hart voor Medemblik en Silva Visser van de ChristenUnie, werd aangenomen tijdens de raadsvergadering.',
        {('silva visser', 'raadslid', None), ('tjeu berlijn', 'raadslid', None)},
    ),
    (  # a form's labels are no names ("wethouders Datum:", "wethouder Koster Portefeuille(s):") (holdout413 h413-011)
        'http://docplayer.nl/64977420-Gemeente-woerden-de-bevoegdheid-van-de-raad-komt-voort-uit-de-volgende-wet-en-of-regelgeving.html',
        'Indiener: college van burgemeester en wethouders Datum: 13 januari 2015 Portefeuillehouder(s): wethouder Koster Portefeuille(s): Gezondheidsbeleid',
        {('koster', 'wethouder', None)},
    ),
    (  # one of them: "Stork, een der langst zittende raadsleden in Nederland, blijft actief" (holdout415 h415-070)
        'http://almelonieuws.nl/nieuws/politiek/index.html',
        'Vandaag trad Stork terug als voorman ten faveure van Louis Kampman die nu de fractie gaat leiden. Stork, een der langst zittende raadsleden in Nederland, blijft actief in de fractie en diverse gemeentelijke gremia.',
        {('stork', 'raadslid', None)},
    ),
    (  # guard: a temporary step back is no farewell ("heeft vrijdag tijdelijk zijn functie neergelegd") (holdout335 h335-009)
        'https://www.nrc.nl/nieuws/2020/01/31/burgemeester-weert-treedt-tijdelijk-terug-in-integriteitskwestie-a3988924',
        'De Weertse burgemeester Jos Heijmans (D66) heeft vrijdag tijdelijk zijn functie neergelegd. Hij doet dat in overleg met zijn wethouders.',
        {('jos heijmans', 'burgemeester', 'Weert')},
    ),
    (  # guard: the one who laid down her office in a clause "nu" opens is another ("nu haar collega X haar functie heeft neergelegd") (holdout132 h132-037)
        'https://www.welingelichtekringen.nl/samenleving/gasdossier-tijdelijk-bij-gedeputeerde-top-na-vertrek-collega',
        'GRONINGEN (ANP) - De Groningse gedeputeerde Susan Top krijgt voorlopig de kwesties rond gaswinning en mijnbouw weer onder haar hoede, nu haar collega Karin Dekker (GroenLinks) haar functie heeft neergelegd.',
        {('susan top', 'gedeputeerde', None)},
    ),
    (  # guard: a caption's last word that is a place after a particle is the surname ("Door Burgemeester Eric van Oosterhout") (holdout197 h197-022)
        'https://emmercourant.nl/artikel/1058845/veilig.html',
        'Maak Het Mee\nDoor Burgemeester Eric van Oosterhout',
        {('eric van oosterhout', 'burgemeester', None)},
    ),
    (  # a numbered list's long line that opens with the name, its party and a colon ("1. Mirjam de Rijk (GroenLinks): Milieu en Duurzaamheid, ...") (holdout417 h417-030)
        'https://www.stichtingmilieunet.nl/andersbekekenblog/duurzaam/gemeenteraadsverkiezingen-2010-milieu-kieswijzer-utrecht.html',
        'De nieuwe wethouders zijn:\n1. Mirjam de Rijk (GroenLinks): Milieu en Duurzaamheid, Economische Zaken, Financiën, Openbare Ruimte en Groen. Zie ook: 101 Ideeën van GroenLinks voor Klimaatbeleid gemeente Utrecht\n2. Frits Lintmeijer (GroenLinks): Verkeer, Cultuur, Monumenten en Archeologie, Regiozaken, Internationale Zaken.\n3. Rinda den Besten (PvdA): Sociale Zaken en Werkgelegenheid, Inburgering, Jeugd, Sport, loco-burgemeester.',
        {('frits lintmeijer', 'wethouder', None), ('mirjam de rijk', 'wethouder', None), ('rinda den besten', 'wethouder', None)},
    ),
    (  # a listed person's portfolio in lower case, up to the next item ("T. de Man (PvdA) voor financien en A. Broek (VVD) voor ...") (holdout417 h417-081)
        'https://www.nrc.nl/nieuws/1991/04/19/nieuw-college-b-en-w-amersfoort-6964207-a501433',
        "De twee nieuwe wethouders zijn T. de Man (PvdA) voor financien en A. Broek (VVD) voor stedelijk beheer en milieu. De PvdA'er F. Asselbergs is opnieuw verantwoordelijk voor de ruimtelijke ordening bij de uitvoering van het stadvernieuwingsplan dat onlangs door de gemeenteraad werd goedgekeurd.",
        {('a. broek', 'wethouder', None), ('t. de man', 'wethouder', None)},
    ),
    (  # gone: an office of the last term ("Wim Brus, wethouder in het vorige college"; not "was al wethouder in het vorige college") (holdout158 h158-031)
        'https://www.destentor.nl/steenwijkerland/stemming-wisselend-bij-officiele-verkiezingsuitslag-steenwijkerland~a3d87dd4/',
        "Dat laatste geldt voor CDA'er Wim Brus, wethouder in het vorige college.",
        set(),
    ),
    (  # gone: an office exchanged for another ("Job Cohen verruilt zijn ambt als burgemeester van Amsterdam voor het lijsttrekkerschap") (holdout417 h417-017)
        'https://www.rd.nl/artikel/350150-collegevorming-in-amsterdam-verliep-moeizaam',
        '12 maart: Job Cohen verruilt zijn ambt als burgemeester van Amsterdam voor het PvDA–lijsttrekkerschap. Locoburgemeester Lodewijk Asscher van de PvdA biedt zichzelf aan om waarnemend burgemeester te worden.',
        {('lodewijk asscher', 'loco-burgemeester', None)},
    ),
    (  # gone: a farewell in the past passive before the office ("afscheid genomen werd van wethouders die ...: A (CDA), B en C") (holdout417 h417-052)
        'https://www.nu.nl/breda/4118343/nieuw-coalitieakkoord-aangenomen-in-breda.html',
        'Dat betekende ook dat er deze woensdagavond afscheid genomen werd van wethouders die buiten de boot vielen in de nieuwe coalitie: Bob Bergkamp (CDA), Bernie van den Berg (Breda ‘97) en Selcuk Akinçi (GroenLinks). Met mooie woorden van burgemeester Paul Depla werd zijn uitgezwaaid.',
        {('paul depla', 'burgemeester', None)},
    ),
    (  # gone: a subordinate clause's "afscheid nam" after the office ("waar gisteren burgemeester X de inwoners afscheid nam") (holdout418 h418-019)
        'https://sliedrecht24.nl/waarnemend-burgemeester-van-der-borg-spreekt-inwoners-sliedrecht-toe/',
        'SLIEDRECHT – Met een videoboodschap vanuit de raadzaal waar gisteren burgemeester Bram van Hemmen (CDA) de inwoners afscheid nam en de ambtsketen achterliet, sprak dinsdag 31 maart 2020 wnd. burgemeester Dirk van der Borg (CDA) de inwoners toe met een welkomstboodschap. De 64-jarige Van der Borg blijft burgemeester van Sliedrecht tot er een nieuwe kroonbenoemde burgemeester is.',
        {('dirk van der borg', 'burgemeester', 'Sliedrecht')},
    ),
    (  # "Kabinetschef" in a list of those addressed is no name (holdout418 h418-031)
        'https://www.landsmeer.nl/nieuws_en_bekendmakingen/nieuws/de_installatiespeech_van_landsmeers_nieuwe_burgemeester_leon_de_lange',
        'Meneer de vice-voorzitter,\nLeden van de Gemeenteraad,\nCommissaris van de Koning,\nKabinetschef,\nLeden van het college,\nGriffier,\nGemeentesecretaris,',
        set(),
    ),
    (  # a street's word written apart in lower case ("op het Burgemeester Berghuis plein") (holdout420 h420-006)
        'https://kampenonline.nl/46e-laatste-stolperstein-feit/?share=twitter',
        'Donderdagavond werd op het Burgemeester Berghuis plein door Burgemeester Koelewijn het 46 struikelsteentje geplaatst. In het bijzijn van familieleden werd ter nagedachtenis aan oud raadslid Hendrik Bos het gouden steentje vlak voor de ingang van het gemeentehuis ingegraven.',
        {('koelewijn', 'burgemeester', None)},
    ),
    (  # a place after a place and a comma lists places ("de burgemeesters van Roerdalen, Roermond en Niederkrüchten") (holdout420 h420-071)
        'https://oorlogserfgoedml.com/2018/05/07/opening-fiets-en-wandelroutes-grenzgeschichten/?like_comment=3&_wpnonce=7d99f66103',
        'Gisteren opende de burgemeesters van Roerdalen, Roermond en Niederkrüchten een wandelroute en de drie fietsroutes in het kader van het grensoverschrijdende project ‘Grenzgeschichte(n)’.',
        set(),
    ),
    (  # "van de gemeenteraad van Loppersum" ties the council's members to the place (holdout422 h422-022)
        'https://groningerkrant.nl/eemsdelta/burgemeester-hans-engels-reikt-koninklijke-onderscheiding-uit-aan-de-heren-bultje-en-van-heerde/?utm_source=rss&utm_medium=rss&utm_campaign=burgemeester-hans-engels-reikt-koninklijke-onderscheiding-uit-aan-de-heren-bultje-en-van-heerde',
        'Raadsleden Chris Bultje en Jan van Heerde van de gemeenteraad van Loppersum ontvangen op donderdag 17 december 2020 tijdens de buitengewone raadsvergadering een Koninklijke Onderscheiding.',
        {('chris bultje', 'raadslid', 'Loppersum'), ('jan van heerde', 'raadslid', 'Loppersum')},
    ),
    (  # a plural office heading bulleted lines after an order's words ("De gekozen raadsleden in alfabetische volgorde:") (holdout421 h421-036)
        'http://pekela.nl/Bestuur/Gemeenteraad/Verkiezingen_2018/Definitieve_uitslagen_gemeenteraadsverkiezingen_en_referendum',
        'De gekozen raadsleden in alfabetische volgorde:\n\n • De heer D. Berghuis (Christen-Democratisch Appèl)\n • De heer H.H. Busemann (Partij van de Arbeid)\n • De heer A.C. van Dooren (Partij voor de Vrijheid)',
        {('a.c. van dooren', 'raadslid', None), ('d. berghuis', 'raadslid', None), ('h.h. busemann', 'raadslid', None)},
    ),
    (  # "Drie van hen, A en B van GroenLinks en C van D66," after a plural office: as many names as the count (holdout417 h417-028)
        'https://www.trouw.nl/democratie/het-wordt-misschien-ietsje-groener-in-utrecht~a4a2c89b/',
        'Het nieuwe college treedt aanstaande donderdag officieel aan, nu met zeven wethouders in plaats van zes. Drie van hen, Lot van Hooijdonk en Kees Diepeveen van GroenLinks en Victor Everhard van D66, zijn oudgedienden.',
        {('kees diepeveen', 'wethouder', None), ('lot van hooijdonk', 'wethouder', None), ('victor everhard', 'wethouder', None)},
    ),
    (  # the particle of "waarnemen" before a relative clause ("neemt Don Bijl waar die al sinds 2009 burgemeester is") (holdout418 h418-007)
        'https://www.nhnieuws.nl/nieuws/306333/gemeenteraad-kiest-voor-burgemeester-met-een-frisse-kijk-op-purmerend',
        'De nieuwe burgemeester die geboren is in Hengelo, in Wageningen studeerde en ook wethouder was in Lelystad wordt op 22 september beëdigd. Tot die tijd neemt Don Bijl waar die al sinds 2009 burgemeester is en stopt omdat hij 70 jaar is geworden.',
        {('don bijl', 'burgemeester', None)},
    ),
    (  # "zijn/haar (PARTY-)collega X" holds the office of the officeholder named before it ("Dat is voor haar D66-collega Victor Everhardt anders") (holdout417 h417-084)
        'http://www.ad.nl/utrecht/utrechters-zien-overstap-naar-den-haag-wel-zitten~a58c97ee/',
        'Wethouder Lot van Hooijdonk (GroenLinks) laat weten dat ze niet naar Den Haag wil. Dat is voor haar D66-collega Victor Everhardt anders.',
        {('lot van hooijdonk', 'wethouder', None), ('victor everhardt', 'wethouder', None)},
    ),
    (  # guard: bulleted lines after a verb of nominating name no holders ("De volgende wethouders worden voorgesteld:") (holdout312 h312-032)
        'https://www.weertlokaal.nl/weert-koerst-op-verbinding/',
        'De volgende wethouders worden voorgesteld:\n\n  • Geert Gabriëls, Weert Lokaal (Onderwijs, Cultuur, Duurzaamheid, Biodiversiteit),\n  • Martijn van den Heuvel, Weert Lokaal (Economie, Participatie, Arbeidsmarkt, Openbaar Gebied),\n  • Tessa Geelen, CDA (Sport, Leefbaarheid, Communicatie, Burgerparticipatie),',
        set(),
    ),
    (  # guard: those who "waren al wethouder in het vorige college" stay (holdout323 h323-071)
        'https://www.werkenvoorgouda.nl/actueel/nieuw-college-geinstalleerd/',
        'Tijdens de raadsvergadering van 29 juni zijn de nieuwe wethouders door de gemeenteraad geïnstalleerd. Wethouders Thierry van Vugt (D66), Michel Klijmij-van der Laan (GroenLinks), Rogier Tetteroo (PvdA) en Michiel Bunnik (CDA) waren al wethouder in het vorige college.',
        {('michel klijmij-van der laan', 'wethouder', None), ('michiel bunnik', 'wethouder', None), ('rogier tetteroo', 'wethouder', None), ('thierry van vugt', 'wethouder', None)},
    ),
    (  # gone: an agenda's "Ontslag wethouders A en B" (not "Afscheid burgemeester X", a farewell the office is still held at) (holdout426 h426-024)
        'https://radiostadmontfoort.nl/cms/index.php?id=00013710',
        '2A. Ontslag wethouders J.L.M. Vlaar en F. Langerak-Oostrom  \n\n  • Eervol ontslag te verlenen aan mevrouw F. Langerak-Oostrom met ingang van 19 april 2018 onder dankzegging voor de bewezen diensten aan de gemeente Montfoort;',
        set(),
    ),
    (  # gone: "heeft ... per direct zijn werk moeten neerleggen" (holdout423 h423-067)
        'https://www.cdamaastricht.nl/persbericht-opvolging-wethouder/',
        'Wethouder Niels Peeters heeft op 8 juli 2022 om gezondheidsredenen per direct zijn werk moeten neerleggen.',
        set(),
    ),
    (  # gone: "nam afscheid na elf jaar en negen maanden" (holdout423 h423-036)
        'https://www.nu.nl/leiden/6192281/meerderheid-leidse-gemeenteraad-neemt-afscheid.html',
        'VVD-raadslid Juliette Gilissen nam afscheid na elf jaar en negen maanden. Net te kort voor een lintje.',
        set(),
    ),
    (  # an Arabic surname's article after the given name ("wethouder Kholoud Al Mobayed") (holdout424 h424-038)
        'https://www.hoornradio.nl/nw-7951-6-3756864/nieuws/subsidie_voor_clean_2a_fractie_danny_verdonk_en_drp_hebben_twijfels.html',
        'In de beantwoording vertelde wethouder Kholoud Al Mobayed dat ze zeer geraakt was door het initiatief van de scholieren. Ze kan zich daar volledig achter scharen en vindt dus dat dit initiatief subsidiëring waard is.',
        {('kholoud al mobayed', 'wethouder', None)},
    ),
    (  # an Arabic surname's article after the given name, in lower case ("Wethouder Kholoud al Mobayed") (holdout424 h424-073)
        'https://www.hoornradio.nl/nw-7951-6-3756864/nieuws/subsidie_voor_clean_2a_fractie_danny_verdonk_en_drp_hebben_twijfels.html',
        'Wethouder Kholoud al Mobayed beantwoord vragen',
        {('kholoud al mobayed', 'wethouder', None)},
    ),
    (  # "Kijk" opens no name ("Wethouders Kijk op het Vechtdal", a column's title) (holdout426 h426-007)
        'https://www.vechtdalcentraal.nl/2014/12/wethouder-smid-werken-aan-ommen/?long_events=1&ajaxCalendar=1&mo=12&yr=2021',
        'In de gemeente Ommen staat de komende periode heel vele op stapel. Wethouder Klaas Smid vertelt er over in de tweewekelijkse Wethouders Kijk op het Vechtdal.',
        {('klaas smid', 'wethouder', None)},
    ),
    (  # a surname ending in "steeg" is a street only after "in de/aan de" ("Raadslid Versteeg") (holdout368 h368-066)
        'http://www.lunteren.com/Nieuws/Regio/SGPEdebedanktbrandweerkorpsenBennekomenHarskamp',
        'Raadslid Versteeg geeft hier het volgende over aan: “Brandweer mensen staan dag en nacht klaar voor onze veiligheid, hier krijgen ze maar een kleine vergoeding voor.',
        {('versteeg', 'raadslid', None)},
    ),
    (  # not yet appointed: the sentence after a list of new holders says the council must still agree ("Nieuwe wethouders zijn A, B en C. De gemeenteraad moet nog wel akkoord gaan met de voordracht") (holdout423 h423-015)
        'https://www.omroepflevoland.nl/nieuws/293091/vier-wethouders-die-opstapten-vanwege-floriade-weer-terug',
        'Nieuwe wethouders zijn Jesse Luijendijk (Partij voor de Dieren), Kees Ahles (Leefbaar Almere) en Alexander Sprong (SP). De gemeenteraad moet nog wel akkoord gaan met de voordracht van de wethouders-kandidaten.',
        set(),
    ),
    (  # an inhabitant of a place, with "Oud-", before the name ("Oud-Heinoër Roger de Groot") (holdout429 h429-065)
        'https://hoezoheino.nl/roger-de-groot-opnieuw-beedigd-als-burgemeester',
        'Oud-Heinoër Roger de Groot is gisterenavond in een buitengewone raadsvergadering beëdigd als burgemeester van de gemeente De Wolden. Hij is door commissaris van de koning Jetta Klijnsma voor nog eens zes jaar benoemd als burgemeester.',
        {('jetta klijnsma', 'commissaris van de koning', None), ('roger de groot', 'burgemeester', 'De Wolden')},
    ),
    (  # a frequent surname that is also a street word ("zegt wethouder Verlaan desgevraagd") (holdout430 h430-062)
        'https://dedrontenaar.nl/gemeente/dronten-doet-gemeente-lelystad-windmolens-en-veel-geld-cadeau',
        ',,Ik heb geen reactie gekregen van de gemeente Lelystad’’, zegt wethouder Verlaan desgevraagd, ,,Ik heb iets gelezen in de krant.',
        {('verlaan', 'wethouder', None)},
    ),
    (  # not yet in office: "wordt naar alle waarschijnlijkheid wethouder" (holdout429 h429-044)
        'https://meppelercourant.nl/artikel/535760/sgp-staphorst-gaat-stemmen-voor-fractievoorzitter.html',
        'Staphorst - Lucas Mulder wordt naar alle waarschijnlijkheid wethouder namens de SGP in Staphorst.',
        set(),
    ),
    (  # an article after "als" is no adjective of the office ("zal als steunraadslid de raadsleden ondersteunen") (holdout429 h429-017)
        'https://christenunie-sgpvlaardingen.nl/content/christenunie-sgp-vlaardingen-heeft-jongste-raadslid-ooit',
        'Michiel Hoogenboom (35 jaar) zal als steunraadslid de raadsleden ondersteunen.',
        set(),
    ),
]


@pytest.mark.parametrize(("source", "text", "expected"), MORE)
def test_more_real_sentences(source: str, text: str, expected: set) -> None:
    assert people({"text": text, "page_date": None}) == expected, source


def test_a_council_listed_after_bestaat_thans_uit_with_parties_in_words() -> None:
    """"De raad bestaat thans uit A (PvdA), B en C van Natuurlijk Belang, D en E (D66), ...": the next sentence's list
    after "bestaat thans uit", a pair's party named without its article (tests/holdout407 h407-057, from
    https://weekbladvoorouderamstel.nl/lokaal/gemeenteraad-gewisseld-419382; the list runs on past "van Ouder-Amstel
    Anders", which no rule reads yet)."""
    text = ("NIEUWE RAAD Op 29 maart werden de nieuwe raadsleden beëdigd en geïnstalleerd. De raad bestaat thans uit "
            "Jan Alberts (PvdA), Allan Blom en Jacques Bos van Natuurlijk Belang, Sybrig van Keep en Marian van der "
            "Weele (D66), Jan Koek, Paulette Koek-Baks en Charissa de Vries van Ouder-Amstel Anders, Lily Kreca en "
            "Linda Muusses (GroenLinks), Barbara de Reijke, Fred Rienstra en Frans Slats van de VVD, alsmede Peter Roos "
            "en Luuk de Vré van het CDA.")
    found = [(person.name, person.role) for person in find_officeholders(text)]
    assert found[:5] == [(name, "raadslid") for name in (
        "Jan Alberts", "Allan Blom", "Jacques Bos", "Sybrig van Keep", "Marian van der Weele")]


def test_now_an_office_in_parentheses_after_the_name() -> None:
    """"Marian van der Weele (nu burgemeester van de gemeente Waterland)": the office and its place in a parenthesis
    that opens with "nu" (tests/holdout142 mj_magento, from https://www.jammfm.nl/ouderkerker-imkerij-op-marken/)."""
    text = ("Marian van der Weele (nu burgemeester van de gemeente Waterland) heeft samen met burgemeester van "
            "Ouder-Amstel Joyce Langenacker de Buckfast imkerij van Bart Bosma bezocht.")
    first = find_officeholders(text)[0]
    assert (first.name, first.role, first.municipality) == ("Marian van der Weele", "burgemeester", "Waterland")


def test_a_road_named_for_an_officeholder_is_no_person() -> None:
    """"aan de Burgemeester Legroweg" is a road; "Wethouder Overweg" (holdout55 h55-014) is a person
    (tests/holdout142 mi_liferay, from https://tynaarlolokaal.nl/opening-hondenspeelplek-eelde/)."""
    text = ("Zaterdag 28 mei om 10.00 uur opent wethouder Henny van den Born de hondenspeelplek aan de Burgemeester "
            "Legroweg, naast de Baggelwiekenplas in Eelde.")
    assert [person.name for person in find_officeholders(text)] == ["Henny van den Born"]


def test_a_conjunction_opening_the_sentence_is_no_name() -> None:
    """"Voordat Wiersma burgemeester werd van De Marne": "Voordat" is no part of the name (holdout141 h141-079,
    https://www.rtvnoord.nl/nieuws/202768/Koos-Wiersma-is-benoemd-tot-waarnemend-burgemeester-in-Westerkwartier)."""
    text = 'Voordat Wiersma burgemeester werd van De Marne, was hij onder meer wethouder en loco-burgemeester in Zuidhorn.'
    assert find_officeholders(text)[0].name == "Wiersma"


def test_a_farewell_to_an_office_with_its_party_glued_on() -> None:
    """"Neem afscheid van VVD-gemeenteraadslid Alexander Roep": the one leaving holds the seat no longer (holdout134
    h134-070, https://janvanzanen.denhaag.nl/news/donderdag-5-oktober/)."""
    text = 'Neem afscheid van VVD-gemeenteraadslid Alexander Roep. Beëdig Martin van den Goorbergh als zijn opvolger.'
    assert "Alexander Roep" not in [person.name for person in find_officeholders(text)]


def test_a_name_after_a_preposition_is_no_subject() -> None:
    """"Vanuit Koreaans cultureel perspectief is de Gorcumse burgemeester het boegbeeld": "Koreaans" is no
    burgemeester (holdout134 h134-041; the burgemeester's place stands in the sentence before)."""
    text = ("De rol van burgemeester Govert Veldhuijzen is voor de handelsmissie zeer belangrijk. Vanuit Koreaans "
            "cultureel perspectief is de Gorcumse burgemeester het boegbeeld bij uitstek vanwege de historische relatie "
            "met Hendrick Hamel.")  # https://www.altenatv.nl/2017/06/01/gorcumse-bedrijven-en-gemeente-op-handelsmissie/
    assert [person.name for person in find_officeholders(text)] == ["Govert Veldhuijzen"]


def test_the_burgemeester_a_text_has_named_is_the_one_it_speaks_of_later() -> None:
    """"De burgemeester, hierna het woord nemende" after "Jhr. van Heurn droeg ... over.": the burgemeester named
    before (Jhr. Mr. A. Roëll), not the person of the sentence before. From "Het Vaderland" of 1900 (holdout121
    lf_gantry, section 1), https://nl.wikisource.org/wiki/Beschrijving_van_de_onthulling_van_een_monument_voor_Karel_
    van_der_Heyden_in_%22Het_Vaderland%22."""
    text = (
        "Zaterdagmiddag is te Arnhem, in tegenwoordigheid van Jhr. Schimmelpenninck van der Oye, vertegenwoordiger van "
        "H.M. de Koningin, Jhr. Zegers Rijser, vertegenwoordiger van Z.K.H. Prins Hendrik, luit.-kolonel Witteveen, "
        "namens den Minister van Oorlog, luitenant-kolonel Doorman, namens den Minister van Koloniën, de burgemeester "
        "van Arnhem, Jhr. Mr. A. Roëll, de secretaris, de wethouders en vele leden van den Raad, alsmede de weduwe van "
        "den Generaal, twee kleinkinderen en een groot getal andere belangstellenden, op den Berkenheuvel het "
        "gedenkteeken onthuld ter eere van generaal Karel van der Heyden, onlangs in dit blad beschreven.\nDe "
        "vertegenwoordiger van den Prins hechtte daarna namens het Koninklijk echtpaar een lauwerkrans aan het "
        "medaillon. Jhr. van Heurn droeg vervolgens het monument aan het Gemeentebestuur over. De burgemeester, hierna "
        "het woord nemende, bracht in de eerste plaats hulde aan zijn ambtsvoorganger, den tegenwoordige burgemeester "
        "van 's-Gravenhage, Baron E.C. Sweerts de Landas Wyborgh, en aan den Heer J.A. Knoops, oud-lid van den "
        "Gemeenteraad, aan wier onvermoeide pogingen voor een groot deel het tot stand komen van het monument te danken "
        "is."
    )
    found = people({"text": text, "page_date": None})
    assert ("a. roëll", "burgemeester", "Arnhem") in found
    assert not any(name == "van heurn" for name, *_ in found)


def test_a_surname_ending_in_weg_is_no_street() -> None:
    """'Groeneweg', 'Overweg' are surnames; only after 'de' ('in de Burgemeester Van Walsumweg') is it a street.
    (holdout38 dj_bricks, section 2: https://huusvandetaol.nl/letterkundig-archief/eerste-exemplaar-toch-voor-burgemeester-dr-en-ass-crt-08-10-1975-en-inwoner-norg-stelt-fotoboek-samen-18-11-1977/)"""
    assert [p.name for p in find_officeholders("DIEVER Burgemeester H. G. Overweg van Diever kreeg het boek.")] == [
        "H. G. Overweg"]


def test_a_portfolio_of_several_areas_after_the_name_is_no_name() -> None:
    """"de heer X, wethouder van Onderwijs, Sociale zaken en Werkgelegenheid": the areas of the portfolio, the first
    of them in two words, name nobody; the name before the office is the holder's (holdout235 h235-033 and h235-035,
    https://media.delft.nl/raad/commissies/werk_zorg_onderwijs/2005/Bijlage-nota/w_2005_088_bn.html)."""
    first = '- de gemeente Den Haag, vertegenwoordigd door de heer P.M.M. Heijnen, wethouder van Onderwijs, Sociale Zaken, Werkgelegenheid en Integratie;\n- de gemeente Rijswijk, vertegenwoordigd door de heer E.R. Triemstra, wethouder van Onderwijs c.a. en de heer J. Bolte, wethouder van Sociale Zaken en Werkgelegenheid c.a.;'
    second = '- de gemeente Delft, vertegenwoordigd door de heer J.D. Rensen, wethouder van Onderwijs, Sociale zaken en Werkgelegenheid c.a.;\n- de gemeente Westland, vertegenwoordigd door de heer H.A. van der Meer, wethouder van Onderwijs, Jeugd- en Jongerenwerk, Milieu, Cultuur en Monumenten en mevrouw M.A.A. de Goeij-van der Klugt, wethouder van Sociale Zaken, Welzijn, Ouderenzorg, Sport en Gezondheidszorg c.a.;'
    assert [p.name for p in find_officeholders(first)] == ["P.M.M. Heijnen", "E.R. Triemstra", "J. Bolte"]
    assert [p.name for p in find_officeholders(second)] == [
        "J.D. Rensen", "H.A. van der Meer", "M.A.A. de Goeij-van der Klugt"]


def test_a_surname_with_its_particle_is_no_place_before_the_office() -> None:
    """"werd Frank de Grave waarnemend burgemeester": "de Grave" after a given name is his surname, not "de Grave"
    (the municipality) as in "de Waalre burgemeester" (holdout236 h236-010, https://www.parool.nl/amsterdam/ollongren-wordt-vicepremier-in-rutte-iii~a4522235/)."""
    text = 'Zo werd Lodewijk Asscher waarnemer in 2010 bij het vertrek van Cohen, nam eerste loco Jaap van der Aa de taken over toen Schelto Patijn zich terugtrok wegens ziekte, en werd Frank de Grave waarnemend burgemeester toen Ed van Thijn minister werd.'
    assert {p.name: p.municipality for p in find_officeholders(text)}.get("Frank de Grave", "absent") is None


def test_a_past_tense_before_a_plural_office_whose_names_follow_a_dash() -> None:
    """"waren er twee wethouders – Floor Gordon van Afval ... – gekomen": "waren ... gekomen" is a perfect tense, not
    "were wethouders", since the names follow the office; "Afval" is a portfolio (holdout241 wc_metabase, section 3,
    https://amstelveenblog.nl/2021/11/12/zwerfvuil-te-lijf-door-zonnehuis/)."""
    text = ("Voor de start van de activiteiten daarvan waren er twee wethouders – Floor Gordon van Afval en Marijn van "
            "Ballegooijen van Zorg en Welzijn – gekomen.")
    assert ("Floor Gordon", "wethouder") in [(p.name, p.role) for p in find_officeholders(text)]


def test_the_next_party_to_a_contract_is_no_place_of_the_name_before_it() -> None:
    """"... vertegenwoordigd door de wethouder dhr. J.D. Rensen, Gemeente Pijnacker-Nootdorp, gevestigd ...": the
    municipality after the name opens the next party's entry, it is not his (holdout256 yu_bartik, section 1,
    https://media.delft.nl/raad/commissies/werk_zorg_onderwijs/2006/Bijlage-nota/w_2006_050_f.html)."""
    text = ("Gemeente Delft, gevestigd en kantoorhoudend aan Markt 87, 2611 GS Delft, ten deze rechtsgeldig "
            "vertegenwoordigd door de wethouder dhr. J.D. Rensen, Gemeente Pijnacker-Nootdorp, gevestigd en "
            "kantoorhoudend aan Oranjeplein 1, 2641EZ Pijnacker, ten deze rechtsgeldig vertegenwoordigd door de "
            "wethouder dhr. L.C.H. Suijker,")
    assert {p.name: p.municipality for p in find_officeholders(text)}.get("J.D. Rensen", "absent") is None


def test_an_old_spelling_of_the_office_with_a_hyphen() -> None:
    """"gemeente-secretaris" as written before 1950 (holdout263 zc_generatepress, section 3,
    https://oudhoorn.nl/bibliotheek/digitaal/kroniek_van_hoorn_1850-1931/)."""
    text = ("Het was voor mij eene groote en aangename verrassing, toen de heer H. J. Room, gemeente-secretaris van "
            "Hoorn, mij enkele weken geleden vertrouwelijk mededeelde, dat hij een vervolg op de Kroniek van Hoorn "
            "had samengesteld, beginnende met het jaar 1850 en loopende tot 1932, welk vervolg in de maand December "
            "e.k. het licht zou zien.")
    assert [(p.name, p.role, p.municipality) for p in find_officeholders(text)] == [
        ("H. J. Room", "gemeentesecretaris", "Hoorn")]


def test_the_column_labels_of_a_table_of_salaries_are_no_names() -> None:
    """An annual report's table of top salaries (WNT) as text: its labels "Functiegegevens" and "Functie" stand on
    the line above an office, as a name would (holdout172 h172-073 and h172-074,
    https://gennep.jaarverslag-2018.nl/p244/wet-normering-topinkomens,
    https://weert.jaarverslag-2018.nl/p16536/informatie-wet-normering-bezoldiging-topfunctionarissen-wnt)."""
    for text in ("Bedragen * € 1\nJ. Nijland\nJ. van de Knaap\nFunctiegegevens\nGemeentesecretaris\nGriffier",
                 "Functie\nGriffier\nGemeente-secretaris\nM.H.R.M. Wolfs\nG. Brinkman"):
        assert not {"Functiegegevens", "Functie"} & {p.name for p in find_officeholders(text)}


def test_a_predicate_of_nobility_written_with_a_capital() -> None:
    """Minutes write the predicate with a capital ("Mr. S.P. Baron Bentinck"): part of the name, before the surname
    (holdout261 zf_omnivore, section 1,
    https://archiefeemland.courant.nu/issue/NotulenBenW/1953-01-01/edition/null/page/230?query=)."""
    text = ("NOTULEN van het verhandelde in de openbare vergadering van de Raad der gemeente Soest op Dinsdag 21 Juli "
            "1953, des namiddags te 730 uur. VOORZITTER: de Burgemeester, de heer Mr. S.P. Baron Bentinck.")
    assert [(p.name, p.role) for p in find_officeholders(text)] == [("S.P. Baron Bentinck", "burgemeester")]


def test_a_plural_noun_after_a_title_run_on_is_no_name() -> None:
    """A page's title runs on into its text without a stop (holdout278 xp_tt23, section 4,
    https://www.gelderland.nl/John-Berends,-17de-commissaris-van-de-Koning-in-Gelderland): "Leden" opens the next
    sentence, it names no one."""
    text = ("John Berends, 17e commissaris van de Koning in Gelderland Leden van Provinciale Staten (PS), Gedeputeerde "
            "Staten (GS), medewerkers van provincie Gelderland en zijn voorganger Clemens Cornielje haalden John Berends "
            "en zijn gezin met warm applaus binnen op 6 februari 2019.")
    assert "Leden" not in {p.name for p in find_officeholders(text)}
    assert ("John Berends", "commissaris van de koning") in [(p.name, p.role) for p in find_officeholders(text)]


def test_the_office_a_relative_clause_says_the_person_became() -> None:
    """"wethouder X die burgemeester werd van Y": the office now is the one the clause says X became, with its
    place; also after a separable verb's particle ("volgde wethouder X op die ...") (holdout278 xq_twentytwelve,
    section 1, https://www.omroepzeeland.nl/nieuws/121469/Goese-wethouders-lopen-stage-bij-bedrijven)."""
    text = ("Cees Pille (VVD) werd eind januari geïnstalleerd als opvolger van wethouder Loes Meeuwisse die "
            "burgemeester werd van Noord-Beveland. Joost de Goffau (CDA) volgde medio april wethouder Derk Alssema op "
            "die burgemeester werd van Gilze en Rijen (NB).")
    assert [(p.name, p.role, p.municipality) for p in find_officeholders(text)] == [
        ("Loes Meeuwisse", "burgemeester", "Noord-Beveland"), ("Derk Alssema", "burgemeester", "Gilze en Rijen")]


def test_a_portfolio_after_a_plural_office_is_no_name() -> None:
    """"een van de eerste wethouders Platteland": the portfolio, the subject before the verb holds the office
    (holdout262 ze_teamsite, section 2, https://www.bndestem.nl/rivierenland/het-dorp-meteren-kreeg-deze-eeuw-bijna-
    drie-keer-zoveel-inwoners-soms-piept-en-kraakt-het-aan-alle-kanten~af8e8ed6/)."""
    text = "Joke van Vrouwerff is een van de eerste wethouders Platteland in Nederland."
    assert [(p.name, p.role) for p in find_officeholders(text)] == [("Joke van Vrouwerff", "wethouder")]


def test_gemeente_written_short_ties_the_place() -> None:
    """"van de gem Aa en Hunze" (holdout271 vs_drupal10_paragraphs, section 1,
    https://volkszang.nl/index.php/2011-alv-deurze-afscheid-mevr-kip)."""
    text = ("Voor dit bijzondere feit werd zij tijdens de viering van het 45 jarig bestaan van de afdeling geridderd "
            "door Burgemeester Eric van Oosterhout van de gem Aa en Hunze.")
    assert [(p.name, p.role, p.municipality) for p in find_officeholders(text)] == [
        ("Eric van Oosterhout", "burgemeester", "Aa en Hunze")]


def test_a_hyphenated_word_that_opens_with_a_municipality_is_a_place() -> None:
    """"Peter van Asselt, locoburgemeester Bunschoten-Spakenburg, was ...": the word after the office is the place (its
    first part a municipality), the name stands before (holdout310 h310-074,
    https://www.telegraaf.nl/financieel/1890265279/magie-van-zuiderzee-blijft-voortbestaan-in-jubilerend-museum)."""
    text = ("De meeste burgemeesters hadden hun ambtsketen bij zich voor de gelegenheid, maar Peter van Asselt, "
            "locoburgemeester Bunschoten-Spakenburg, was een van de collega’s die er niet aan had gedacht.")
    assert [(p.name, p.role) for p in find_officeholders(text)] == [("Peter van Asselt", "loco-burgemeester")]


def test_a_hyphenated_word_that_opens_with_a_province_is_a_place() -> None:
    """"de veiligheidsregio Gelderland-Zuid, burgemeester van Nijmegen": the region is no apposition's name
    (holdout79 h79-015, https://nieuws.nl/algemeen/20200420/burgemeesters-bespreken-stand-van-zaken-coronacrisis/)."""
    text = ("Voorzitter is Hubert Bruls van de veiligheidsregio Gelderland-Zuid, burgemeester van Nijmegen. Hij licht na "
            "afloop van de bijeenkomst genomen besluiten toe.")
    assert "Gelderland-Zuid" not in [person.name for person in find_officeholders(text)]


def test_an_and_before_de_heren_opens_the_lists_next_part() -> None:
    """"mw. A en de heren: B, ...": the "en" before "de heren" does not close the list of wethouders (holdout308
    h308-016, https://www.bergenopzoom.nl/bis/Gemeenteraad/Agenda_raad/2018/Raadsvergadering_d_d_05_juli_2018/
    Besluitenlijst/1_Concept_besluitenlijst_raadsvergadering_d_d_07_juni_2018)."""
    text = ("WETHOUDERS: mw. drs. A.J.A.M. Stinenbosch- Kools en de heren: A.G.J. van der Weegen,\n\nP.A.M. van der "
            "Velden, B. Jacobs M.Sc. en A. Harijgens.\n\n\nGRIFFIER: de heer C.J.M. Terstappen.")
    assert ("A.G.J. van der Weegen", "wethouder") in [(p.name, p.role) for p in find_officeholders(text)]


def test_a_new_one_named_as_the_next_sentences_subject() -> None:
    """"De gemeente Elburg heeft een waarnemend burgemeester gevonden ... Harm-Jan van Schaik is deze week beëdigd":
    the full name that opens the next sentence, its verb right after it, holds the office (holdout298 zy_ndc_lc,
    https://vrmg.nl/deze-oud-bekende-wordt-tijdelijk-de-nieuwe-burgemeester-van-elburg)."""
    text = ("ELBURG – De gemeente Elburg heeft een waarnemend burgemeester gevonden na het vertrek van Jan Nathan "
            "Rozendaal. Harm-Jan van Schaik is deze week beëdigd door de commissaris van de Koning.")
    assert [(p.name, p.role) for p in find_officeholders(text)] == [("Harm-Jan van Schaik", "burgemeester")]


def test_was_al_goes_on_but_a_career_list_is_behind() -> None:
    """"Hazen en De Robles waren al wethouder en Hoekstra maakt nu de overstap": already, and still (holdout179
    h179-035, https://www.meerbode.nl/nieuw-college-uithoorn-geinstalleerd/; five labelled lines in five sets read
    "was al" so); "Erik Ronnes was al gemeenteraadslid, wethouder,
    Tweede Kamerlid, ...": a career behind him (holdout281 h281-058,
    https://www.rd.nl/artikel/1035500-ronnes-na-wethouder-kamerlid-en-gedeputeerde-nu-burgemeester)."""
    text = ("Hazen en De Robles waren al wethouder en Hoekstra maakt nu de overstap van raadslid naar wethouder.")
    assert {"Hazen", "De Robles"} <= {p.name for p in find_officeholders(text)}
    career = ("Erik Ronnes was al gemeenteraadslid, wethouder, Tweede Kamerlid, gedeputeerde in Noord-Brabant en "
              "Statenlid, en nu wordt hij burgemeester.")
    assert [(p.name, p.role) for p in find_officeholders(career)] == [("Erik Ronnes", "burgemeester")]


def test_an_age_after_a_given_name_and_van_place_closes_a_surname() -> None:
    """"SGP’er Huig van Barneveld (73)": after one given name, "van Barneveld" and the age are the whole name
    (holdout315 h315-054, https://www.rd.nl/vandaag/binnenland/met-72-jaar-kersverse-wethouder-bunschoten-1.1612491);
    after a full name the place stays one: "Arjen Gerritsen van Almelo (52)" (holdout298 zz_jannah,
    https://www.nu.nl/almelo/6233520/arjen-gerritsen-beedigd-voor-nieuwe-ambtstermijn-van-zes-jaar.html)."""
    text = ("SGP’er Huig van Barneveld (73) is donderdag wethouder geworden van het nieuwe college van de Utrechtse "
            "gemeente Bunschoten.")
    assert [(p.name, p.role) for p in find_officeholders(text)] == [("Huig van Barneveld", "wethouder")]
    full = ("Burgemeester Arjen Gerritsen van Almelo (52) is dinsdagavond officieel benoemd voor een nieuwe "
            "ambtstermijn van zes jaar in Almelo.")
    assert [(p.name, p.municipality) for p in find_officeholders(full)] == [("Arjen Gerritsen", "Almelo")]


def test_commissarissen_van_de_koning_is_a_plural_office_with_its_provinces() -> None:
    """"de commissarissen van de koning uit Friesland en Noord-Holland, Arno Brok en Arthur van Dijk": the plural
    office (its own word is plural, though the phrase ends in "koning"), its provinces, then both names (holdout325
    gc_sitecoresxa, https://www.nhnieuws.nl/nieuws/318713/texelaars-natgeregend-en-tevreden-relaxte-sfeer-met-willem-
    alexander-en-maxima); a misspelt singular stays singular: "Johan Remkes, commisaris van de koning" (holdout266
    h266-017, https://www.nhnieuws.nl/nieuws/225399/Twaalf-kandidaten-voor-burgemeesterschap-Heerhugowaard)."""
    text = ("Met een helikopter kwamen ze vanmorgen vanuit Den Haag naar de eerste stop Texel, waar ze werden opgewacht "
            "door de Texelse burgemeester Michiel Uitdehaag en de commissarissen van de koning uit Friesland en "
            "Noord-Holland, Arno Brok en Arthur van Dijk.")
    assert [(p.name, p.role) for p in find_officeholders(text)] == [
        ("Michiel Uitdehaag", "burgemeester"), ("Arno Brok", "commissaris van de koning"),
        ("Arthur van Dijk", "commissaris van de koning")]
    misspelt = ("Dat maakte Johan Remkes, commisaris van de koning, vandaag bekend. De nieuwe burgemeester krijgt de "
                "lastige taak om zijn of haar populaire voorganger Han ter Heegde op te volgen.")
    assert [(p.name, p.role) for p in find_officeholders(misspelt)] == [("Johan Remkes", "commissaris van de koning")]


def test_initials_glued_to_the_surname_are_a_full_name() -> None:
    """"De burgemeester van Barradeel, de heer J.Duker, die de rij opende": an office of a place the gazetteer does
    not know (merged away in 1984), then the name in commas, its initials written without a space (holdout325
    gd_bootstrapcards, https://oudtzummarum.nl/het-archief/chr-lagere-school/5323-kleuterschool-1955/)."""
    text = ("De burgemeester van Barradeel, de heer J.Duker, die de rij opende, sprak er ondermeer zijn voldoening over "
            "uit, dat een plaatselijk initiatief zijn beslag kreeg.")
    assert [(p.name, p.role) for p in find_officeholders(text)] == [("J.Duker", "burgemeester")]


def test_a_card_with_the_party_on_a_line_between_name_and_office() -> None:
    """"Michiel Rijsberman" / "D66" / "Gedeputeerde provincie Flevoland": a profile card with the party on its own
    line (holdout333 uh_mailchimp, https://groenstepoliticus.nl/politicus/michiel-rijsberman/)."""
    text = ("Michiel Rijsberman\nD66\nGedeputeerde provincie Flevoland\nGedeputeerde van de Provincie Flevoland namens "
            "D66. In zijn portefeuille zitten onder andere toerisme en recreatie, kunst en cultuur, Europa.")
    assert [(p.name, p.role) for p in find_officeholders(text)] == [("Michiel Rijsberman", "gedeputeerde")]


def test_at_his_resignation_as_the_office_is_behind_him() -> None:
    """"Bij zijn aftreden in 1987 als commissaris van de Koningin ... tekende A.A.M. (Dries) van Agt": the office he
    left (holdout333 uh_mailchimp, https://www.brabant.nl/subsites/het-nieuwste-brabant/eregalerij/1987-kruiend-ijs)."""
    text = ("Bij zijn aftreden in 1987 als commissaris van de Koningin van de provincie Noord-Brabant tekende A.A.M. "
            "(Dries) van Agt een aantal gedachten op.")
    assert find_officeholders(text) == []


def test_an_office_after_a_full_name_and_was_is_its_past_predicate() -> None:
    """"Johannes Rijpstra was burgemeester van Zelhem": the office is the name's predicate, in the past, and "van
    Zelhem" (merged away in 2005) is its place, no surname (holdout339 h339-069,
    https://dewoudklank.nl/artikel/991304/jan-rijpstra-nieuwe-burgemeester-van-smallingerland.html); after a place
    before the verb it is an inversion and the name follows: "voor Brummen was wethouder Luuk Tuiten present"
    (holdout25 h25-059)."""
    text = ("Zijn grootvader Johannes Rijpstra was burgemeester van Zelhem en zijn oom Hedzer Rijpstra was van 1970 tot "
            "1982 Commissaris van de Koningin van Friesland.")
    assert find_officeholders(text) == []
    inverted = ("Namens de gemeente Rheden tekende burgemeester Carol van Eert de samenwerkingsovereenkomst, voor Brummen "
                "was wethouder Luuk Tuiten present.")
    assert [p.name for p in find_officeholders(inverted)] == ["Carol van Eert", "Luuk Tuiten"]


def test_eerste_burger_of_a_place_is_its_burgemeester() -> None:
    """"eerste burger van Helmond" is the burgemeester of Helmond (holdout312 h312-037,
    https://www.ed.nl/de-peel/anke-van-extel-van-katwijk-aan-het-roer-in-asten-ik-kan-me-daar-thuis-voelen~aa293ebe/);
    a national superlative names no municipality's office ("de langstdienende eerste burger van Nederland", holdout236
    h236-058, https://dickdenbraber.nl/2014/08/06/langstdienende-burgemeester-bijna-klaar/)."""
    text = "Elly Blanksma is sinds november 2012 eerste burger van Helmond."
    assert [(p.name, p.role, p.municipality) for p in find_officeholders(text)] == [
        ("Elly Blanksma", "burgemeester", "Helmond")]
    national = ("Oud-burgemeester John de Prieëlle, geboren op 13 september 1944, vond zich na twintig jaar Pijnacker "
                "bepaald niet uitgeregeerd, in 2001. Nu, dertien jaar later, is hij de langstdienende eerste burger van "
                "Nederland.")
    assert find_officeholders(national) == []


def test_another_capacity_after_en_is_not_another_office() -> None:
    """"wethouder en sportliefhebber X": a noun for a person after "en" is one more capacity of the officeholder (MORE
    has four); not another office ("alle gedeputeerden en gouverneur Bovens", holdout132 h132-011,
    https://www.limburger.nl/cnt/dmf20210409_93346321) nor a form of address ("Mevrouw de burgemeester en mijnheer
    Jorritsma", holdout240 h240-005, https://jodendom-online.nl/news.php?view=news&id=3435)."""
    governor = "De PVV-fractie in Provinciale Staten wil dat alle gedeputeerden en gouverneur Bovens opstappen."
    assert [(p.name, p.role) for p in find_officeholders(governor)] == [("Bovens", "commissaris van de koning")]
    address = "Mevrouw de burgemeester en mijnheer Jorritsma, rabbijn Vorst (mijn leraar en vriend), collega’s rabbijnen."
    assert find_officeholders(address) == []


def test_a_farewell_to_come_lists_current_officeholders() -> None:
    """A list after a farewell in the past names those gone (MORE: "hebben acht raadsleden afscheid genomen: A (VVD),
    ..."); one still to come lists the officeholders of today (holdout265 h265-030,
    https://www.kobr.nl/nieuws/algemeen/29803/nieuwe-wethouders-treden-in-juni-aan)."""
    text = ("Drie huidige wethouders nemen afscheid: Odd Wagner van GroenLinks, Gerrit van Eijk van de VVD en Kees "
            "Oskam van de ChristenUnie.")
    assert [p.name for p in find_officeholders(text)] == ["Odd Wagner", "Gerrit van Eijk", "Kees Oskam"]


def test_a_plural_office_in_parentheses_after_a_list_is_each_ones() -> None:
    """"A, B (wethouders) en C (raadslid)": the plural office in the parenthesis closes the list before it (holdout351
    page a, https://www.lokaalbelangwaalwijk.nl/afronding-van-de-coalitievorming/)."""
    text = "John van den Hoven, Ad de Jong (wethouders) en Ad van Belkom (raadslid) beëdigd"
    assert [(p.name, p.role) for p in find_officeholders(text)] == [
        ("John van den Hoven", "wethouder"), ("Ad de Jong", "wethouder"), ("Ad van Belkom", "raadslid")]


def test_officeholders_who_withdrew_themselves_are_gone() -> None:
    """"hadden zich eerder al zelf teruggetrokken": they left their office (holdout351 page b,
    https://radiolelystad.nl/stad-kan-voor-het-zomerreces-nieuw-college-installeren); a proposal an officeholder
    withdrew leaves the office held (holdout95 h95-030,
    https://eindhoven.pvda.nl/archief-oude-site/archief-oude-site-nieuws/jawoord-voor-t-laatst-in-de-burgh/)."""
    text = ("De wethouders van de twee laatstgenoemde partijen, Elly van Wageningen en Ed Rentenaar, hadden zich eerder "
            "al zelf teruggetrokken en hun partijen ook.")
    assert find_officeholders(text) == []
    proposal = ("In januari van dit jaar stuurde het vorige college van burgemeester en wethouders een voorstel naar de "
                "raad, maar dit werd door burgemeester Rob van Gijzel weer teruggetrokken.")
    assert [p.name for p in find_officeholders(proposal)] == ["Rob van Gijzel"]


def test_a_dash_after_a_surname_like_a_place_is_no_part_of_the_place() -> None:
    """"Wethouder Eline van Boxtel - Partij van de Arbeid": the dash before the party is no part of a municipality's
    name, so "van Boxtel" stays the surname (holdout352 h352-036,
    https://magazine.dongen.nl/welkomindongen/gemeenteraad-college-en-directie/)."""
    text = "Wethouder Eline van Boxtel - Partij van de Arbeid\nWethouder René Jansen - Volkspartij Dongen"
    assert [(p.name, p.municipality) for p in find_officeholders(text)] == [
        ("Eline van Boxtel", None), ("René Jansen", None)]


def test_one_who_stepped_down_as_the_office_is_gone() -> None:
    """"die per 1 oktober afzwaaide als burgemeester": the relative clause says the office ended (holdout358 h358-071,
    https://www.rtvoost.nl/nieuws/2036282/Roelof-Bleker-54-wordt-nieuwe-burgemeester-van-Enschede)."""
    text = ("Bleker volgt Onno van Veldhuizen op, die per 1 oktober afzwaaide als burgemeester van Overijssels grootste "
            "stad.")
    assert find_officeholders(text) == []


def test_those_a_fronted_met_brings_hold_the_offices_counted() -> None:
    """"Met A en B hebben we ... twee uitstekende nieuwe wethouders" (holdout352 h352-033,
    https://www.bd.nl/tilburg-e-o/burgemeester-boelhouwer-niet-altijd-keihard-invliegen-maar-dialoog-houden-met-defensie~aaaf846d/);
    MORE has "Met Nijland heeft Montferland nu een wethouder uit Angerlo", whose subject is the municipality."""
    text = ("Met Sandra Diepstraten en David Vermorken hebben we daar echter twee uitstekende nieuwe wethouders voor "
            "teruggekregen.”")
    assert [(p.name, p.role) for p in find_officeholders(text)] == [
        ("Sandra Diepstraten", "wethouder"), ("David Vermorken", "wethouder")]


def test_an_adverb_opening_the_sentence_is_no_name() -> None:
    """"Onlangs is de heer Gerben Dijksterhuis geïnstalleerd als burgemeester": "Onlangs" is an adverb, the titled name
    the subject (holdout360 h360-031, http://sgp-christenunie-borsele.nl/nieuws/welkom-nieuwe-burgemeester-en-gezin/)."""
    text = ("Onlangs is de heer Gerben Dijksterhuis geïnstalleerd als burgemeester van onze mooie gemeente van "
            "contrasten, Borsele.")
    assert [(p.name, p.role) for p in find_officeholders(text)] == [("Gerben Dijksterhuis", "burgemeester")]


def test_a_pronoun_does_not_stand_for_one_the_sentence_before_names_as_something_else() -> None:
    """"Haan heeft ruime ervaring ... Sinds 2015 is hij burgemeester van Maassluis": a surname alone may be the
    antecedent when it opens the sentence before as its subject (MORE has five such lines); not one that sentence
    names as something else ("Nilaya is de kinderburgemeester van Diemen. Zij ... helpt de burgemeester", holdout63
    page ff, https://jeugdjournaal.nl/artikel/2289713-veel-kinderburgemeesters-maar-kunnen-ze-ook-iets-veranderen.html)."""
    text = ("Nilaya is de kinderburgemeester van Diemen. Zij is al bijna twee jaar bezig en helpt de burgemeester bij "
            "veel officiële momenten.")
    assert find_officeholders(text) == []


def test_a_place_adjective_after_de_before_the_office_is_no_name() -> None:
    """"De Pekelder burgervader": "Pekelder" says of which place, it is no surname; "Naast" opening a sentence is a
    preposition (holdout364 h364-087,
    https://www.westerwoldeactueel.nl/2026/03/10/burgemeester-jaap-kuin-genomineerd-voor-de-leukste-burgemeester-van-nederland/)."""
    text = ("Naast Kuin zijn nog acht burgemeesters uit heel Nederland genomineerd.\nDe Pekelder burgervader is de enige "
            "genomineerde van de provincie Groningen.")
    assert all(p.name not in ("De Pekelder", "Naast Kuin") for p in find_officeholders(text))


def test_what_someone_is_not_is_no_apposition() -> None:
    """", geen burgemeester die ...": a name before it does not hold the office by apposition (holdout218 h218-020,
    https://www.rtvnoord.nl/nieuws/210692/Burgemeester-Midden-Groningen-We-moeten-niet-wegzakken-in-een-moeras-van-negativiteit)."""
    text = ("Hoogendoorn is, zo zei hij in zijn eerste interview met RTV Noord, geen burgemeester die ergens 'op de "
            "winkel wil passen'.")
    assert all(p.name != "Noord" for p in find_officeholders(text))


def test_an_office_held_before_is_no_office_held_now() -> None:
    # real sentences: tests/holdout172 (h172-070), whose gold names no one, and tests/holdout64 (h64-049), whose gold
    # has Tabak as raadslid only
    assert find_officeholders(
        "*) Dhr. Fleischeuer heeft in het laatste kwartaal van 2016 de functie van gemeentesecretaris waargenomen en "
        "kwalificeert daardoor in 2017 als gewezen topfunctionaris. Vanaf 1 januari 2017 vervult hij weer de functie "
        "van directeur, net als vóór zijn waarnemingsperiode.") == []
    assert "wethouder" not in [person.role for person in find_officeholders(
        "Ze komt over van de gemeente Kampen, waar ze van 2011 tot 2014 wethouder was. Vanaf 2002 was Tabak raadslid "
        "in Kampen, een rol die zij na het wethouderschap opnieuw vervult.")]


def test_a_birthplace_after_a_name_is_no_place_of_office() -> None:
    # real sentence: tests/holdout369 (h369-005), whose gold gives Wobine Buijs no municipality
    people = find_officeholders(
        "Wel leerden de raadsleden dat burgemeester Wobine Buijs in Tilburg werd geboren en dat Frans Molenkamp (D66) "
        "in Den Haag ter wereld kwam.")
    assert [(person.name, person.municipality) for person in people] == [("Wobine Buijs", None)]


def test_an_office_held_before_another_is_no_office_now() -> None:
    # real sentences: tests/holdout310 (h310-039), whose gold has Nieuwenburg as burgemeester of Hoorn only
    people = find_officeholders(
        "Voor zijn burgemeesterschap van de gemeente Hoorn was Nieuwenburg al kort plaatsvervangend wethouder. Vanaf "
        "17 mei 2016 is Nieuwenburg burgemeester van de gemeente Hoorn.")
    assert [(person.name, person.role, person.municipality) for person in people] == [
        ("Nieuwenburg", "burgemeester", "Hoorn")]


def test_a_body_named_before_an_office_is_no_person() -> None:
    # real sentence: tests/holdout64 (h64-041), whose gold names Piket, griffier in Breda
    people = find_officeholders(
        "Piket zit in de Commissie Belangenbehartiging van de Vereniging van Griffiers, en is griffier in Breda.")
    assert "Commissie Belangenbehartiging" not in [person.name for person in people]


def test_an_inhabitant_is_no_name() -> None:
    # real sentences: tests/holdout69 (h69-094), tests/holdout354 (h354-009), tests/holdout359 (h359-049); none of
    # their golds names an inhabitant
    names = [person.name for text in (
        "Wel werd een motie aangenomen om in overleg met de Commissaris van de Koningin (de Tilburger Wim van de Donk) de "
        "ontstane situatie te bespreken.",
        "De VVD stelde ook meteen haar nieuwe wethouder voor: Hans Krieger, de Purmerender die vóór de breuk ook al "
        "namens de VVD in het college zat.",
        "De 38-jarige Pieter Verhoeve (SGP) is op 1 oktober voorgedragen als nieuwe burgemeester van Gouda. De "
        "Dordtenaar is op dit moment nog burgemeester van Oudewater.",
    ) for person in find_officeholders(text)]
    assert not {"de Tilburger", "de Purmerender", "De Dordtenaar"} & set(names)



def test_a_sentence_adverb_or_an_inhabitant_is_no_name() -> None:
    # real sentences: tests/holdout388 (h388-057) and tests/holdout389 (h389-001), whose golds name no "Hierna" and no
    # "De Friezin"
    names = [person.name for text in (
        "Hierna werden de raadsleden eerst toegesproken door Bart Bikkers als locoburgemeester vanuit het college.",
        "De Friezin Ina Adema is vrijdagmiddag geïnstalleerd als gloednieuwe commissaris van de Koning in Brabant.",
    ) for person in find_officeholders(text)]
    assert not {"Hierna", "De Friezin"} & set(names)


def test_an_office_held_between_two_years_is_a_past_one() -> None:
    """"Samir Toub, tussen 2018 en 2022 raadslid in Eindhoven, wordt wethouder ...": the years close the council seat
    (holdout423 h423-002, https://eindhoven.groenlinks.nl/nieuws/voordracht-wethouders)."""
    text = ("Samir Toub, tussen 2018 en 2022 raadslid in Eindhoven, wordt wethouder Diversiteit, zorg, jeugd en "
            "maatschappelijke ondersteuning.")
    assert ("Samir Toub", "raadslid") not in [(p.name, p.role) for p in find_officeholders(text)]


def test_words_that_look_like_names_and_are_none() -> None:
    """A portfolio named after the office ("wordt wethouder Diversiteit, zorg, ...", holdout423 h423-002,
    https://eindhoven.groenlinks.nl/nieuws/voordracht-wethouders); one from a place ("deze bekende Arnhemmer die thans
    wethouder is", holdout423 h423-010, https://www.ad.nl/arnhem/arnhem-centraal-en-partij-voor-de-dieren-boeken-winst-in-arnhem-volt-en-forum-zijn-de-nieuwkomers~a622f2a5/);
    an adjective in a list of agenda items ("Financiële verordening", holdout424 h424-016,
    https://www.cda.nl/fryslan/harlingen/actueel/nieuws/verslag-raadsvergadering-17-februari); a name blacked out in
    a published agreement ("Xxxx Xxxxxxxxxxxxxxxxx", https://lawinsider.com/nl/contracts/jj3GkdIQVN1)."""
    texts = (
        "Samir Toub, tussen 2018 en 2022 raadslid in Eindhoven, wordt wethouder Diversiteit, zorg, jeugd en "
        "maatschappelijke ondersteuning.",
        "Lea Manders van Arnhem Centraal schrijft de winst mede toe aan het 'Bob Roelofs Effect’, doelend op deze "
        "bekende Arnhemmer die thans wethouder is in het college en als lijsttrekker voor het Arnhem Centraal de "
        "verkiezingen in ging.",
        "Harlingen – Afscheid raadslid Erents, benoeming interim griffier, Financiële verordening 2021 en een motie "
        "inzake arbeidsmigranten.",
        "De gemeente Leusden, in dezen vertegenwoordigd door de heer drs. P.J.C. Keizer, wethouder welzijn, Xxxx "
        "Xxxxxxxxxxxxxxxxx, als concessiehouder voor Zorgkantoor Utrecht",
    )
    names = {person.name for text in texts for person in find_officeholders(text)}
    assert not {"Diversiteit", "Arnhemmer", "Financiële", "Xxxx Xxxxxxxxxxxxxxxxx"} & names
    assert "P.J.C. Keizer" in names


def test_a_list_after_waaronder_with_a_qualifier() -> None:
    """"met een aantal raadsleden, waaronder in ieder geval Versteeg en Bas van Polanen (VVD)" (page set holdout428,
    from https://www.nieuwelan.nl/nieuws/gemeenteraad-niet-blij-met-afschieten-voorstel-buurtbus_2.html)."""
    text = ("De wethouder gaat nu met een aantal raadsleden, waaronder in ieder geval Versteeg en Bas van Polanen "
            "(VVD), in de herkansing.")
    assert [(p.name, p.role) for p in find_officeholders(text)] == [("Versteeg", "raadslid"),
                                                                      ("Bas van Polanen", "raadslid")]
