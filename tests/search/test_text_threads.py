"""The stemmers are not shared between threads (gunicorn serves requests in threads)."""

import threading
from concurrent.futures import ThreadPoolExecutor

from search import text


def test_each_thread_has_its_own_stemmer():
    here = text._stemmer("fr")
    with ThreadPoolExecutor(max_workers=1) as pool:
        elsewhere = pool.submit(text._stemmer, "fr").result()
    assert here is not None and elsewhere is not None
    assert here is not elsewhere
    assert text._stemmer("fr") is here  # made once per thread


def test_stemming_in_parallel_gives_the_same_words_as_alone():
    vocabulary = [f"coopérations{n} mutualisées territoires{n}" for n in range(400)]
    alone = [text.analyse(phrase, "fr") for phrase in vocabulary]
    text.stem.cache_clear()  # every thread stems for real
    barrier = threading.Barrier(4)

    def analyse_all():
        barrier.wait()
        return [text.analyse(phrase, "fr") for phrase in vocabulary]

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = [future.result() for future in [pool.submit(analyse_all) for _ in range(4)]]
    assert all(result == alone for result in results)
