print("omsdash")
