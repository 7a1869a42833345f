# A module imported inside a function that rpy cannot find: the error names the module, as
# Python's ModuleNotFoundError does (it said only "import failed: ModuleNotFoundError"); what the
# function does with it says nothing more.
def load_config(path):
    import yaml

    with open(path) as f:
        data = yaml.safe_load(f)
    print("name:", data["name"])
    return data


def main():
    cfg = load_config("settings.yaml")
    print(cfg["port"] + 1)


main()
