package score_test

import (
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/dataset/plandoc"
	"github.com/cchc-lab/cchc/indicators"
	"github.com/cchc-lab/cchc/score"
)

// Example_scorecardFile is the second main job: score a plan against an
// observations file and write a scorecard file. The observations are the
// bundled ILLUSTRATIVE values for Hà Tĩnh 2025, not published figures.
func Example_scorecardFile() {
	cat := indicators.Default()
	doc, err := plandoc.ParseFile("../testdata/plans/003_a5b74ff242722c67.txt", cat)
	if err != nil {
		log.Fatal(err)
	}
	obs, err := dataset.ReadFileRows("../testdata/observations/illustrative_observations_ha_tinh_2025.csv",
		dataset.KindObservations, dataset.ObservationsFromRecord)
	if err != nil {
		log.Fatal(err)
	}
	if err := obs.Err(); err != nil {
		log.Fatal(err) // rows that could not be read, each with its line
	}
	res, err := score.Scorecard(doc.Targets, obs.Values, score.Options{Catalogue: cat, File: obs.File, Lines: obs.Lines})
	if err != nil {
		log.Fatal(err)
	}
	out := filepath.Join(os.TempDir(), "scorecard-example.csv")
	defer os.Remove(out)
	if err := dataset.WriteValues(out, res.Scores, dataset.ScoresToRecord, dataset.WriteOptions{BOM: true}); err != nil {
		log.Fatal(err)
	}
	plan := res.Plans[0]
	fmt.Printf("%d rows; %s %d: %d met, %d near, %d off track, %d no data; score %.1f\n",
		len(res.Scores), plan.Entity, plan.Year, plan.Met, plan.Near, plan.OffTrack, plan.NoData, *plan.Score)
	// Output:
	// 39 rows; Hà Tĩnh 2025: 21 met, 8 near, 4 off track, 6 no data; score 95.9
}
