"""BibTeX of the papers the models and parameter sets rest on.

:func:`register` adds them to :data:`pybamm.citations`, so
``pybamm.print_citations()`` lists, after a simulation, the papers of each submodel and
parameter set it used. Each parameter set's ``CITATION`` is its entry here.
"""

import pybamm

BIBTEX = {
    "Kim2024": """@article{Kim2024,
  title={Accelerated Degradation of All-Solid-State Batteries Induced through
         Volumetric Occupation of the Carbon Additive in the Solid Electrolyte Domain},
  author={Kim, Hun-seong and Park, Sangbin and Kang, Seongkoo and Jung, Ji Young and
          Kim, Kyungjun and Yu, Ji-Sang and Kim, Dong-Won and Lee, Jong-Won and
          Sun, Yang-Kook and Cho, Woosuk},
  journal={Advanced Functional Materials},
  volume={34},
  pages={2409318},
  year={2024},
  doi={10.1002/adfm.202409318}
}""",
    "Park2021": """@article{Park2021,
  title={Epitaxial Growth of Nanostructured Li2Se on Lithium Metal for All
         Solid-State Batteries},
  author={Park, Hyunjung and Kim, Jeongheon and Lee, Dongsoo and Park, Jiwon and
          Jo, Seunghyeon and Kim, Jaeyoung and Song, Taeseup and Paik, Ungyu},
  journal={Advanced Science},
  volume={8},
  pages={2004204},
  year={2021},
  doi={10.1002/advs.202004204}
}""",
    # journal: an RSC journal (targets README); J. Mater. Chem. A not checked against
    # the paper here, nor volume, pages and DOI (left out until confirmed). pybtex
    # (PyBaMM's print_citations) needs the journal of an @article.
    "Sakka2022": """@article{Sakka2022,
  title={Stack pressure dependence on the three-dimensional structure of a
         composite electrode in an all-solid-state battery},
  author={Sakka, Yosuke and Yamashige, Hisao and Takeuchi, Akihisa and
          Uesugi, Masayuki and Uesugi, Kentaro and Orikasa, Yuki},
  journal={Journal of Materials Chemistry A},
  year={2022}
}""",
    # authors, title, journal, volume, pages and DOI as recalled; the paper itself
    # was not at hand to check them
    "Lee2020": """@article{Lee2020,
  title={High-energy long-cycling all-solid-state lithium metal batteries enabled
         by silver--carbon composite anodes},
  author={Lee, Yong-Gun and Fujiki, Satoshi and Jung, Changhoon and Suzuki, Naoki
          and Yashiro, Nobuyoshi and Omoda, Ryo and Ko, Dong-Su and Shiratsuchi,
          Tomoyuki and Sugimoto, Toshinori and Ryu, Saebom and Ku, Jun Hwan and
          Watanabe, Taku and Park, Youngsin and Aihara, Yuichi and Im, Dongmin and
          Han, In Taek},
  journal={Nature Energy},
  volume={5},
  pages={299--308},
  year={2020},
  doi={10.1038/s41560-020-0575-z}
}""",
    "Stauffer1994": """@book{Stauffer1994,
  title={Introduction to Percolation Theory},
  author={Stauffer, Dietrich and Aharony, Amnon},
  edition={2},
  publisher={Taylor and Francis},
  address={London},
  year={1994}
}""",
    "Tan2021": """@article{Tan2021,
  title={Carbon-free high-loading silicon anodes enabled by sulfide solid
         electrolytes},
  author={Tan, Darren H. S. and Chen, Yu-Ting and Yang, Hedi and Bao, Wurigumula and
          Sreenarayanan, Bhagath and Doux, Jean-Marie and Li, Weikang and Lu, Bingyu
          and Ham, So-Yeon and Sayahpour, Baharak and Scharf, Jonathan and Wu, Erik A.
          and Deysher, Grayson and Han, Hyea Eun and Hah, Hoe Jin and Jeong, Hyeri and
          Lee, Jeong Beom and Chen, Zheng and Meng, Ying Shirley},
  journal={Science},
  volume={373},
  pages={1494--1499},
  year={2021},
  doi={10.1126/science.abg7217}
}""",
    # the four hybrid-electrolyte papers: authors, titles, volumes and pages as
    # recalled and as the review (Mangani & Villevieille 2020) cites them; not
    # checked against the papers
    "Chen2016": """@article{Chen2016,
  title={A new composite solid electrolyte {PEO/Li10GeP2S12/SN} for all-solid-state
         lithium battery},
  author={Chen, Bin and Huang, Zhen and Chen, Xiaoting and Zhao, Yanran and Xu,
          Qiang and Long, Peng and Chen, Shaojie and Xu, Xiaoxiong},
  journal={Electrochimica Acta},
  volume={210},
  pages={905--914},
  year={2016}
}""",
    "Zhao2016": """@article{Zhao2016,
  title={A new solid polymer electrolyte incorporating {Li10GeP2S12} into a
         polyethylene oxide matrix for all-solid-state lithium batteries},
  author={Zhao, Yanran and Wu, Chuan and Peng, Gang and Chen, Xiaoting and Yao,
          Xiayin and Bai, Ying and Wu, Feng and Chen, Shaojie and Xu, Xiaoxiong},
  journal={Journal of Power Sources},
  volume={301},
  pages={47--53},
  year={2016}
}""",
    "Zheng2019": """@article{Zheng2019,
  title={Interface-Enabled Ion Conduction in {Li10GeP2S12}-Poly(ethylene Oxide)
         Hybrid Electrolytes},
  author={Zheng, Jin and Wang, Peng and Liu, Haoyu and Hu, Yan-Yan},
  journal={ACS Applied Energy Materials},
  volume={2},
  pages={1452--1459},
  year={2019}
}""",
    "Riphaus2019": """@article{Riphaus2019,
  title={Understanding Chemical Stability Issues between Different Solid
         Electrolytes in All-Solid-State Batteries},
  author={Riphaus, Nathalie and Strobl, Philipp and Stiaszny, Barbara and Zinkevich,
          Tatiana and Yavuz, Murat and Schnell, Joscha and Indris, Sylvio and
          Gasteiger, Hubert A. and Sedlmaier, Stefan J.},
  journal={Journal of The Electrochemical Society},
  volume={166},
  pages={A975--A983},
  year={2019}
}""",
}


def register(*keys):
    """Register each paper with :data:`pybamm.citations`: a key of :data:`BIBTEX`,
    or a key PyBaMM already knows (e.g. "Bruggeman1935")."""
    for key in keys:
        pybamm.citations.register(BIBTEX.get(key, key))
