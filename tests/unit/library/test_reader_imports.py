"""A reader process of a large import starts with what it uses: the index's preparer, not the catalogue."""

import subprocess
import sys


def _modules_after(statement: str) -> set[str]:
    code = f"import sys\n{statement}\nprint(' '.join(sys.modules))"
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return set(output.split())


def test_the_reading_module_leaves_the_catalogue_unimported():
    modules = _modules_after("import desktop.library.reading")
    assert "desktop.library.index" in modules
    assert "desktop.library.catalogue" not in modules


def test_the_package_still_hands_out_its_names():
    modules = _modules_after("from desktop.library import Library, LibraryResult, Entry, AddReport, LibraryHit")
    assert "desktop.library.catalogue" in modules


def test_an_unknown_name_is_an_attribute_error():
    import desktop.library

    try:
        desktop.library.Nothing  # noqa: B018 - the attribute looked up is the test
    except AttributeError as error:
        assert "Nothing" in str(error)
    else:
        raise AssertionError("an unknown name was handed out")
